// The Gmail shell runs the draft and confirm use cases synchronously; they must decide exactly as the core's.
import { describe, expect, it } from 'vitest';
import { confirmReply, createReminderDraft, emptyLedger, type Ledger, type LedgerStorage, type MailMessage, type RenderedReminder } from '../../../src/core';
import { type SyncMailbox, toAsyncMailbox } from '../../../src/gmail/adapter/sync-mailbox';
import { confirmReplySync } from '../../../src/gmail/sync/confirm-reply-sync';
import { createReminderDraftSync } from '../../../src/gmail/sync/create-reminder-draft-sync';
import type { ReplyReading } from '../../../src/core';
import { durandEntry } from '../fakes/follow-invoice';

class MemoryMailbox implements SyncMailbox {
  stored = JSON.stringify({ version: 1, entries: [durandEntry] });
  drafts: unknown[] = [];
  constructor(readonly ledgerLimitBytes = 32 * 1024) {}
  readMessage(): MailMessage {
    return message;
  }
  createDraft(draft: unknown) {
    this.drafts.push(draft);
    return { mode: 'reply-all' as const, draftId: `d${this.drafts.length}` };
  }
  flagForFollowUp() {
    return { mode: 'label' as const };
  }
  loadLedger(): Ledger {
    return JSON.parse(this.stored) as Ledger;
  }
  saveLedger(ledger: Ledger): LedgerStorage {
    this.stored = JSON.stringify(ledger);
    return { usedBytes: this.stored.length, limitBytes: this.ledgerLimitBytes };
  }
}

const message: MailMessage = {
  id: 'msg-reply',
  threadId: 'thread-1',
  subject: 'RE: Facture F-2026-0142',
  body: '',
  from: { email: 'c.durand@boulangeries-durand.fr' },
  to: [],
  cc: [],
  receivedOn: '2026-04-02',
  attachmentNames: [],
};

const readings: ReplyReading[] = [
  { intent: 'promise', date: '2026-04-10', amount: { value: 4860, currency: 'EUR' }, invoiceNumbers: ['F-2026-0142'], evidence: 'virement le 10 avril', language: 'fr', confidence: 0.9 },
  { intent: 'paid', date: '2026-04-01', invoiceNumbers: [], evidence: 'virement effectué hier', language: 'fr', confidence: 0.9 },
  { intent: 'dispute', invoiceNumbers: [], evidence: 'la prestation est incomplète', language: 'fr', confidence: 0.9 },
  { intent: 'out-of-office', returnOn: '2026-04-13', date: '2026-04-13', invoiceNumbers: [], evidence: 'absente', language: 'fr', confidence: 0.9 },
  { intent: 'no-commitment', invoiceNumbers: [], evidence: 'transmis à la comptabilité', language: 'fr', confidence: 0.9 },
];

describe('the synchronous use cases the Gmail shell runs', () => {
  for (const reading of readings) {
    it(`confirm a ${reading.intent} reply exactly as the core does`, async () => {
      const sync = new MemoryMailbox();
      const core = new MemoryMailbox();
      const input = { message, reading, entry: durandEntry, today: '2026-04-02' };
      expect(confirmReplySync(sync, input)).toEqual(await confirmReply(toAsyncMailbox(core), input));
      expect(sync.stored).toBe(core.stored);
    });
  }

  it('refuse a promise without a date, and a full log, exactly as the core does', async () => {
    const input = { message, reading: { ...readings[0]!, date: undefined } as ReplyReading, entry: durandEntry, today: '2026-04-02' };
    const failure = await confirmReply(toAsyncMailbox(new MemoryMailbox()), input).catch((error: unknown) => error);
    expect(() => confirmReplySync(new MemoryMailbox(), input)).toThrow(failure as Error);
    const tiny = { ...input, reading: readings[0]! };
    const full = await confirmReply(toAsyncMailbox(new MemoryMailbox(100)), tiny).catch((error: unknown) => error);
    expect(() => confirmReplySync(new MemoryMailbox(100), tiny)).toThrow(full as Error);
  });

  it('create a draft and log the step exactly as the core does, including when the log is full', async () => {
    const reminder: RenderedReminder = { step: 'overdue-1', language: 'fr', channel: 'email', subject: 'Facture F-2026-0142', text: 'Bonjour', html: '<p>Bonjour</p>' };
    for (const limit of [32 * 1024, 100]) {
      const sync = new MemoryMailbox(limit);
      const core = new MemoryMailbox(limit);
      const input = { reminder, entry: durandEntry, message, today: '2026-03-24' };
      const expected = await createReminderDraft(toAsyncMailbox(core), input);
      const actual = createReminderDraftSync(sync, input);
      expect({ ...actual, logError: String(actual.logError) }).toEqual({ ...expected, logError: String(expected.logError) });
      expect(sync.drafts).toEqual(core.drafts);
      expect(sync.stored).toBe(core.stored);
    }
    expect(emptyLedger().entries).toEqual([]);
  });
});
