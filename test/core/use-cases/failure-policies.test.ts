// Each use case's failure policy, as its header states it, checked by failing each port call in turn
// in both shells: Outlook's adapter over the fake Office host (runAsync) and Gmail's over the fake
// Apps Script services (runSync). What the user sees is the error; what is stored is read back from the fake host.
import { describe, expect, it } from 'vitest';
import {
  confirmReply,
  createReminderDraft,
  describeError,
  flagFollowUp,
  type Ledger,
  type LedgerEntry,
  logDraftStep,
  type MailMessage,
  recordPayment,
  type RenderedReminder,
  type ReplyReading,
  type UseCase,
} from '../../../src/core';
import { durandEntry } from '../../gmail/fakes/follow-invoice';
import { gmailPort } from '../../gmail/fakes/gmail-port';
import { outlookPort } from '../../outlook/fakes/outlook-port';
import { injectEachCall } from '../support/inject-failures';
import type { ShellPort } from '../support/shell-port';

const today = '2026-04-02';
const reminder: RenderedReminder = { step: 'overdue-2', language: 'fr', channel: 'email', subject: 'Facture F-2026-0142', text: 'Bonjour', html: '<p>Bonjour</p>' };
const promise: ReplyReading = { intent: 'promise', date: '2026-04-10', invoiceNumbers: ['F-2026-0142'], evidence: 'le virement partira le 10 avril', language: 'fr', confidence: 0.9 };
const serverError = 'Le serveur de messagerie ne répond pas correctement\u00a0: réessayez dans un instant.';

type Case = {
  name: string;
  seeds: { label: string; records: LedgerEntry[] }[];
  useCase: (message: MailMessage) => UseCase<{ entry: LedgerEntry }>;
  /** The port calls of a clean run, in the order the header states. */
  calls: string[];
  /** What a clean run stores for the invoice. */
  stores: (entry: LedgerEntry) => void;
};

const followed = { label: 'on a followed invoice', records: [durandEntry] };
const unknown = { label: 'on an invoice not followed yet', records: [] };

const cases: Case[] = [
  {
    name: 'drafting a reminder',
    seeds: [followed, unknown],
    useCase: (message) => createReminderDraft({ reminder, entry: durandEntry, message, today }),
    calls: ['readRecord', 'writeRecord', 'createDraft'],
    // Logged as drafted: it counts as sent only once seen in the thread.
    stores: (entry) => {
      expect(entry.events).toContainEqual({ kind: 'drafted', on: today, step: 'overdue-2' });
      expect(entry.history.sent).toEqual([]);
    },
  },
  {
    name: 'logging a step whose draft Gmail opens later',
    seeds: [followed, unknown],
    useCase: (message) => logDraftStep({ reminder, entry: durandEntry, message, today }),
    calls: ['readRecord', 'writeRecord'],
    // Logged as drafted, as when the draft is made at once: sent only once seen in the thread.
    stores: (entry) => {
      expect(entry.events).toContainEqual({ kind: 'drafted', on: today, step: 'overdue-2' });
      expect(entry.history.sent).toEqual([]);
    },
  },
  {
    name: 'flagging for follow-up',
    seeds: [followed, unknown],
    useCase: (message) => flagFollowUp({ entry: durandEntry, message, on: '2026-04-09' }),
    calls: ['readRecord', 'writeRecord', 'flagForFollowUp'],
    stores: (entry) => expect(entry.followUpOn).toBe('2026-04-09'),
  },
  {
    name: 'confirming a promise',
    seeds: [followed, unknown],
    useCase: (message) => confirmReply({ message, reading: promise, entry: durandEntry, today }),
    calls: ['readRecord', 'writeRecord', 'markReply'],
    stores: (entry) => {
      const { madeOn, ...promise } = entry.history.promise ?? { madeOn: undefined };
      expect(promise).toEqual({ date: '2026-04-10', loggedOn: today });
      // Made on the day the host dates the reply, never after it was logged.
      expect(madeOn !== undefined && madeOn <= today).toBe(true);
    },
  },
  {
    name: 'recording a payment',
    seeds: [followed],
    useCase: () => recordPayment({ entry: durandEntry, paidOn: '2026-04-01', today }),
    calls: ['readRecord', 'writeRecord'],
    stores: (entry) => expect(entry.history.paidOn).toBe('2026-04-01'),
  },
];

const entryOf = (ledger: Ledger) => ledger.entries.find((entry) => entry.invoice.number === durandEntry.invoice.number);

describe.each<ShellPort>([outlookPort, gmailPort])('failure policies in $name', (shell) => {
  for (const useCase of cases) {
    for (const seed of useCase.seeds) {
      it(`${useCase.name} ${seed.label}: done whole, or the error shown and the log left as it was`, async () => {
        let before: Ledger | undefined;
        const { clean, failures } = await injectEachCall(async (failAt, calls) => {
          const opened = await shell.open(seed.records);
          before = await opened.stored();
          try {
            return await opened.run(useCase.useCase(opened.message), failAt, calls);
          } finally {
            if (failAt !== undefined) expect(await opened.stored(), `failing call ${failAt} (${calls[failAt - 1]})`).toEqual(before);
            else useCase.stores(entryOf(await opened.stored())!);
          }
        });
        expect(clean.calls).toEqual(useCase.calls);
        const seeded = seed.records[0];
        if (seeded) expect(entryOf(before!)).toMatchObject({ invoice: seeded.invoice, client: seeded.client, history: seeded.history });
        else expect(entryOf(before!)).toBeUndefined();
        expect(failures).toHaveLength(useCase.calls.length);
        for (const failure of failures) {
          expect(failure.outcome, `failing call ${failure.failAt} must not report success`).toBeUndefined();
          expect(describeError(failure.error, 'fr').title).toBe(serverError);
        }
      });
    }
  }
});
