// Gmail may show a message's card from its cache: every action that writes says the state changed.
import { describe, expect, it } from 'vitest';
import { click, CardCache } from '../fakes/click';
import { button, shownCard } from '../fakes/fake-card-service';
import { fakeHost } from '../fakes/fake-host';
import { fieldsOf, followInvoice, storedLedger } from '../fakes/follow-invoice';

describe("the fake Gmail's card cache", () => {
  it('shows the card it keeps until an action says the state changed', () => {
    const host = fakeHost();
    const cache = new CardCache(host);
    const before = cache.open('msg-invoice');
    followInvoice(host);
    expect(cache.open('msg-invoice')).toBe(before);
    cache.after({ kind: 'ActionResponse', notification: { text: 'x' } });
    expect(cache.open('msg-invoice')).toBe(before);
    cache.after({ kind: 'ActionResponse', stateChanged: true });
    expect(cache.open('msg-invoice')).not.toBe(before);
  });
});

describe('actions that write', () => {
  it('each say the state changed, so no stale card is shown after them', () => {
    const host = fakeHost({ now: '2026-04-02T10:00:00Z' });
    followInvoice(host);
    const cache = new CardCache(host);
    const invoiceCard = cache.open('msg-invoice');

    // Flag for follow-up, then Create draft: the invoice card shown afterwards is built anew.
    const flagged = click(host, invoiceCard, 'Marquer pour suivi', { messageId: 'msg-invoice', ...fieldsOf(invoiceCard) }, cache);
    expect(flagged.stateChanged).toBe(true);
    const reopened = cache.open('msg-invoice');
    expect(reopened).not.toBe(invoiceCard);
    const ready = click(host, reopened, 'Créer le brouillon', { messageId: 'msg-invoice', ...fieldsOf(reopened) }, cache);
    expect(ready.stateChanged).toBe(true);
    expect(storedLedger(host).entries[0]?.events?.filter((event) => event.kind === 'drafted')).toHaveLength(1);
    // Drafted is not sent (the draft may be discarded), so the step is still offered: on a card built anew.
    expect(cache.open('msg-invoice')).not.toBe(reopened);

    // Confirm the reply, then Create answer draft.
    const replyCard = cache.open('msg-reply');
    const confirmed = click(host, replyCard, 'Enregistrer la promesse', { messageId: 'msg-reply', ...fieldsOf(replyCard, { promiseDate: '2026-04-10' }) }, cache);
    expect(confirmed.stateChanged).toBe(true);
    expect(cache.open('msg-reply')).not.toBe(replyCard);
    const answer = click(host, shownCard(confirmed), 'Créer la réponse', { messageId: 'msg-reply' }, cache);
    expect(answer.stateChanged).toBe(true);
    button(shownCard(answer), 'Ouvrir le brouillon');
  });
});
