import { describe, expect, it } from 'vitest';
import { confirmSent, createReminderDraft, findEntry, type Ledger, noteSentReminders, type RenderedReminder, runSync } from '../../../src/core';
import { durandEntry } from '../../gmail/fakes/follow-invoice';
import { MemoryMailbox, replyMessage } from '../fakes/memory-mailbox';

const reminder = (step: 'overdue-1' | 'overdue-2'): RenderedReminder => ({ step, language: 'fr', channel: 'email', subject: 'Facture F-2026-0142', text: 'Bonjour', html: '<p>Bonjour</p>' });

function drafted(): MemoryMailbox {
  const mailbox = new MemoryMailbox(replyMessage);
  runSync(createReminderDraft({ reminder: reminder('overdue-1'), entry: durandEntry, message: replyMessage, today: '2026-03-23' }), mailbox);
  return mailbox;
}

const stored = (mailbox: MemoryMailbox) => findEntry(JSON.parse(mailbox.stored) as Ledger, 'F-2026-0142')!;

describe('knowing what was sent', () => {
  it('logs a drafted reminder as sent on the day the user sent it, once seen in the thread', () => {
    const mailbox = drafted();
    mailbox.sent.set('thread-1', [
      { on: '2026-03-20', messageId: 'before-the-draft' },
      { on: '2026-03-25', messageId: 'msg-sent-1' },
    ]);
    const entry = runSync(noteSentReminders({ entry: stored(mailbox) }), mailbox);
    expect(entry.history.sent).toEqual([{ step: 'overdue-1', on: '2026-03-25' }]);
    expect(stored(mailbox).events).toContainEqual({ kind: 'sent', on: '2026-03-25', step: 'overdue-1', seenIn: 'thread', messageId: 'msg-sent-1' });
  });

  it('keeps a draft the user never sent as drafted, and writes nothing', () => {
    const mailbox = drafted();
    const writes = mailbox.store.writes;
    const entry = runSync(noteSentReminders({ entry: stored(mailbox) }), mailbox);
    expect(entry.history.sent).toEqual([]);
    expect(mailbox.store.writes).toBe(writes);
  });

  it('matches each drafted step with its own sent message, oldest first', () => {
    const mailbox = drafted();
    runSync(createReminderDraft({ reminder: reminder('overdue-2'), entry: stored(mailbox), message: replyMessage, today: '2026-03-31' }), mailbox);
    mailbox.sent.set('thread-1', [
      { on: '2026-04-01', messageId: 'b' },
      { on: '2026-03-24', messageId: 'a' },
    ]);
    expect(runSync(noteSentReminders({ entry: stored(mailbox) }), mailbox).history.sent).toEqual([
      { step: 'overdue-1', on: '2026-03-24' },
      { step: 'overdue-2', on: '2026-04-01' },
    ]);
  });

  it('logs a reminder the user says was sent ("Envoyée ?"), on the day it was drafted', () => {
    const mailbox = drafted();
    const entry = runSync(confirmSent({ entry: stored(mailbox), step: 'overdue-1', on: '2026-03-23' }), mailbox);
    expect(entry.history.sent).toEqual([{ step: 'overdue-1', on: '2026-03-23' }]);
    expect(stored(mailbox).events).toContainEqual({ kind: 'sent', on: '2026-03-23', step: 'overdue-1', seenIn: 'user' });
  });
});
