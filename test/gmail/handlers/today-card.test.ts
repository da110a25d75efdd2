import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../../src/core';
import { handlers } from '../../../src/gmail/entry-points';
import { click } from '../fakes/click';
import { findAll, shownCard, textOf } from '../fakes/fake-card-service';
import { addonEvent } from '../fakes/fake-events';
import { type FakeHost, fakeHost } from '../fakes/fake-host';
import { durandEntry, followInStore, storedLedger } from '../fakes/follow-invoice';

const now = '2026-04-20T10:00:00Z';

function home(host: FakeHost, locale = 'fr'): unknown {
  return (handlers.onHomepage(host, addonEvent({ locale })) as unknown[])[0];
}

/** The draft button of the client whose row's top label starts with the company. */
function draftButtonOf(card: unknown, invoiceKeyPart: string): unknown {
  const set = findAll(card, 'ButtonSet').find((candidate) => JSON.stringify(candidate).includes(invoiceKeyPart));
  if (!set) throw new Error(`no draft button for ${invoiceKeyPart}`);
  return { kind: 'Card', sections: [{ widgets: [set] }] };
}

const second: LedgerEntry = { ...durandEntry, invoice: { ...durandEntry.invoice, number: 'F-2026-0150', issueDate: '2026-03-02', dueDate: '2026-04-01', amount: { value: 1200, currency: 'EUR' } } };

describe("Today's sections of the homepage", () => {
  it("drafts one reply in the client's thread for both its invoices, with one total", () => {
    const host = fakeHost({ now });
    followInStore(host, [durandEntry, second]);
    const card = home(host);
    const row = findAll(card, 'DecoratedText').find((each) => String(each.topLabel).startsWith('Boulangeries Durand SAS · '));
    expect(row?.text).toContain('F-2026-0142');
    expect(row?.text).toContain('F-2026-0150');
    const response = click(host, draftButtonOf(card, 'F-2026-0150'), 'Rédiger la relance');
    expect(textOf(response)).toContain('Brouillon créé pour Boulangeries Durand SAS (2\u00a0factures)');
    const [draft] = host.mail.liveDrafts();
    // The client's last message in the invoice's thread is their reply: the reminder answers it.
    expect(draft).toMatchObject({ kind: 'reply', threadId: 'thread-1', inReplyTo: 'msg-reply' });
    expect(draft?.body).toContain('F-2026-0142');
    expect(draft?.body).toContain('F-2026-0150');
    expect(draft?.body).toContain('6\u00a0060,00\u00a0€');
  });

  it('logs nothing when Gmail refuses the draft, and says why', () => {
    const host = fakeHost({ now });
    followInStore(host, [durandEntry, second]);
    host.mail.failures.createDraftReply = new Error('Service error: Gmail');
    const response = click(host, draftButtonOf(home(host), 'F-2026-0150'), 'Rédiger la relance');
    expect(textOf(response)).toContain('serveur de messagerie ne répond pas correctement');
    expect(host.mail.liveDrafts()).toEqual([]);
    expect(storedLedger(host).entries.flatMap((entry) => entry.events ?? []).filter((event) => event.kind === 'drafted')).toEqual([]);
  });

  it('says when the list has moved on since the card was shown, and drafts nothing', () => {
    const host = fakeHost({ now });
    followInStore(host, [durandEntry]);
    const card = home(host);
    followInStore(host, [second]);
    const response = click(host, draftButtonOf(card, 'F-2026-0142'), 'Rédiger la relance');
    expect(textOf(response)).toContain('Cette relance n’est plus à faire aujourd’hui');
    expect(host.mail.liveDrafts()).toEqual([]);
    expect(findAll(shownCard(response), 'DecoratedText').some((row) => String(row.text).includes('F-2026-0150'))).toBe(true);
  });

  it('asks for the address when a client has none and no thread, and drafts nothing', () => {
    const host = fakeHost({ now });
    const nowhere: LedgerEntry = { ...second, client: { ...durandEntry.client, company: 'Garage Morel', contact: { lastName: 'Morel', email: '' } } };
    const { threadId: _thread, messageId: _message, ...withoutThread } = nowhere;
    followInStore(host, [withoutThread]);
    const response = click(host, draftButtonOf(home(host), 'garagemorel.'), 'Rédiger la relance');
    expect(textOf(response)).toContain('Aucune adresse e-mail pour Garage Morel');
    expect(host.mail.liveDrafts()).toEqual([]);
  });

  it('pages the clients under the 100 widgets Gmail allows a section', () => {
    const host = fakeHost({ now });
    const entries = Array.from({ length: 25 }, (_, i): LedgerEntry => {
      const { threadId: _thread, messageId: _message, ...entry } = durandEntry;
      return { ...entry, client: { ...durandEntry.client, company: `Client ${String(i).padStart(2, '0')}`, contact: { lastName: 'Durand', email: `c${i}@example.fr` } } };
    });
    followInStore(host, entries);
    const first = home(host);
    expect(findAll(first, 'TextButton').filter((each) => each.text === 'Rédiger la relance')).toHaveLength(20);
    expect(textOf(first)).toContain('Page 1\u00a0sur 2 · 25\u00a0clients');
    const next = shownCard(click(host, first, 'Clients suivants'));
    expect(findAll(next, 'TextButton').filter((each) => each.text === 'Rédiger la relance')).toHaveLength(5);
    expect(textOf(next)).toContain('Page 2\u00a0sur 2 · 25\u00a0clients');
  });

  it('lists the broken promises and the client replies not yet confirmed, in English too', () => {
    const host = fakeHost({ now });
    const chased: LedgerEntry = { ...durandEntry, history: { sent: [{ step: 'overdue-1', on: '2026-03-25' }] } };
    const broken: LedgerEntry = {
      ...second,
      client: { ...durandEntry.client, company: 'Garage Morel', contact: { lastName: 'Morel', email: 'compta@morel.fr' } },
      history: { sent: [{ step: 'overdue-1', on: '2026-04-02' }, { step: 'promise-ack', on: '2026-04-03' }] },
      promises: [{ id: 'reply-x', invoiceNumbers: ['F-2026-0150'], date: '2026-04-10', loggedOn: '2026-04-03', evidence: 'Virement le 10 avril' }],
    };
    const { threadId: _thread, messageId: _message, ...brokenWithoutThread } = broken;
    followInStore(host, [chased, brokenWithoutThread]);
    const text = textOf(home(host, 'en'));
    expect(text).toContain('Broken promises');
    expect(text).toMatch(/Garage Morel · F-2026-0150\npayment promised for 10 April 2026/);
    expect(text).toContain('Replies to confirm');
    expect(text).toMatch(/Boulangeries Durand SAS · F-2026-0142\nclient's reply of 2 April 2026, to read and confirm/);
  });
});
