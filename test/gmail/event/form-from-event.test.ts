import { describe, expect, it } from 'vitest';
import { emptyInvoiceForm, type InvoiceForm } from '../../../src/core';
import { formFromEvent } from '../../../src/gmail/event/form-from-event';
import { addonEvent } from '../fakes/fake-events';

/** The form as the log gave it: one part payment already recorded. */
const logged: InvoiceForm = {
  ...emptyInvoiceForm,
  number: 'F-2026-0142',
  amount: '4860.00',
  payments: [{ on: '2026-03-10', amount: '1000.00' }],
};

const card = { number: 'F-2026-0142', amount: '4860.00' };

describe('part payments read back from the card', () => {
  it('gives the lines as typed, in the order shown, the new one included', () => {
    const form = formFromEvent(
      addonEvent({ form: { ...card, payment_0_on: '2026-03-10', payment_0_amount: '1000.00', payment_1_on: '2026-03-20', payment_1_amount: '500,50 €' } }),
      logged,
    );
    expect(form.payments).toEqual([
      { on: '2026-03-10', amount: '1000.00' },
      { on: '2026-03-20', amount: '500,50 €' },
    ]);
  });

  it('keeps a half-typed line, so the user is told what is missing', () => {
    const form = formFromEvent(addonEvent({ form: { ...card, payment_0_on: '', payment_0_amount: '300' } }), emptyInvoiceForm);
    expect(form.payments).toEqual([{ on: '', amount: '300' }]);
  });

  it('takes lines beyond those the log knew, and orders them by their place in the card', () => {
    const form = formFromEvent(addonEvent({ form: { ...card, payment_10_on: '2026-03-22', payment_10_amount: '10', payment_2_on: '2026-03-21', payment_2_amount: '20' } }), logged);
    expect(form.payments).toEqual([
      { on: '2026-03-21', amount: '20' },
      { on: '2026-03-22', amount: '10' },
    ]);
  });

  it('drops a payment the user emptied, and the empty line left for the next one', () => {
    const form = formFromEvent(addonEvent({ form: { ...card, payment_0_on: ' ', payment_0_amount: '', payment_1_on: '', payment_1_amount: '' } }), logged);
    expect(form.payments).toEqual([]);
  });

  it('drops a payment the user emptied when Gmail leaves the emptied inputs out of the event', () => {
    const kept = formFromEvent(addonEvent({ form: { ...card, payment_1_on: '2026-03-20', payment_1_amount: '200' } }), logged);
    expect(kept.payments).toEqual([{ on: '2026-03-20', amount: '200' }]);
    const none = formFromEvent(addonEvent({ form: card }), logged);
    expect(none.payments).toEqual([]);
  });

  it('keeps the logged payments when the event carries no invoice form', () => {
    expect(formFromEvent(addonEvent({ messageId: 'msg-invoice' }), logged).payments).toEqual(logged.payments);
    expect(formFromEvent(addonEvent({ dates: { promiseDate: '2026-04-10' } }), logged).payments).toEqual(logged.payments);
  });

  it('ignores inputs that only look like payment lines', () => {
    const form = formFromEvent(addonEvent({ form: { ...card, payment_x_on: '2026-03-20', 'payment_0_on.': '2026-03-20', payment_0_note: 'hello' } }), logged);
    expect(form.payments).toEqual([]);
  });
});

describe('text fields read back from the card', () => {
  const fromLog: InvoiceForm = { ...logged, phone: '04 76 98 76 54', description: 'Refonte du site' };

  it('empties a field the user cleared even when Gmail leaves its input out of the event', () => {
    const form = formFromEvent(addonEvent({ form: { ...card, description: 'Refonte du site' } }), fromLog);
    expect(form.phone).toBe('');
    expect(form.description).toBe('Refonte du site');
  });

  it('keeps every logged value when the event carries no invoice form', () => {
    expect(formFromEvent(addonEvent({ form: { promiseDate: '2026-03-31' } }), fromLog)).toEqual(fromLog);
  });
});
