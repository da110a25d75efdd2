// Invoice and payment dates are date pickers, and keep their day whatever the user's time zone.
import { describe, expect, it } from 'vitest';
import { handlers } from '../../../src/gmail/entry-points';
import { findAll, input, shownCard, textOf } from '../fakes/fake-card-service';
import { addonEvent } from '../fakes/fake-events';
import { fakeHost } from '../fakes/fake-host';
import { fieldsOf, storedLedger } from '../fakes/follow-invoice';

describe('dates in the invoice form', () => {
  it('are date pickers, not text to type, holding the day read from the message', () => {
    const host = fakeHost();
    const [opened] = handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-invoice' })) as unknown[];
    // The company is never guessed from the email domain: once the user names it, the whole card shows.
    const card = shownCard(handlers.onPreview(host, addonEvent({ messageId: 'msg-invoice', ...fieldsOf(opened, { company: 'Boulangeries Durand SAS' }) })));
    const pickers = findAll(card, 'DatePicker').map((picker) => picker.fieldName);
    expect(pickers).toEqual(['issueDate', 'dueDate', 'payment_0_on', 'paidOn']);
    expect(findAll(card, 'TextInput').map((field) => field.fieldName)).not.toContain('dueDate');
    expect(input(card, 'issueDate')?.valueInMsSinceEpoch).toBe(Date.UTC(2026, 1, 14));
    expect(input(card, 'dueDate')?.valueInMsSinceEpoch).toBe(Date.UTC(2026, 2, 16));
  });

  for (const timeZone of ['Pacific/Auckland', 'America/Los_Angeles']) {
    it(`keep their day for a user in ${timeZone}, from the card to the log`, () => {
      const host = fakeHost();
      const [card] = handlers.onGmailMessageOpen(host, addonEvent({ timeZone, messageId: 'msg-invoice' })) as unknown[];
      const edited = { company: 'Boulangeries Durand SAS', dueDate: '2026-03-20', payment_0_on: '2026-03-18', payment_0_amount: '860' };
      const preview = shownCard(handlers.onPreview(host, addonEvent({ timeZone, messageId: 'msg-invoice', ...fieldsOf(card, edited) })));
      expect(input(preview, 'dueDate')?.valueInMsSinceEpoch).toBe(Date.UTC(2026, 2, 20));
      expect(input(preview, 'payment_0_on')?.valueInMsSinceEpoch).toBe(Date.UTC(2026, 2, 18));
      // The first reminder falls a week after the due date as picked, not a day either side.
      expect(textOf(preview)).toContain('première relance, le 27 mars 2026');
      handlers.onFlagFollowUp(host, addonEvent({ timeZone, messageId: 'msg-invoice', ...fieldsOf(preview) }));
      const [entry] = storedLedger(host).entries;
      expect(entry?.invoice).toMatchObject({ issueDate: '2026-02-14', dueDate: '2026-03-20' });
      expect(entry?.history.partialPayments).toEqual([{ on: '2026-03-18', amount: { value: 860, currency: 'EUR' } }]);
    });
  }
});
