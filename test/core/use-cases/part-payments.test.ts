import { describe, expect, it } from 'vitest';
import { describeIssue, emptyInvoiceForm, emptyLedger, formFromEntry, proposeReminder, renderReminder } from '../../../src/core';
import { invoiceFromForm } from '../../../src/core/use-cases/invoice-form';
import { paymentsFromForm } from '../../../src/core/use-cases/payments-from-form';
import { durand, durandSecondInvoice, lumen } from '../../../examples/sample-data';

const form = {
  ...emptyInvoiceForm,
  number: 'F-2026-0163',
  issueDate: '2026-03-02',
  dueDate: '2026-04-01',
  amount: '1 250,50',
  company: 'Boulangeries Durand SAS',
  lastName: 'Durand',
  email: 'c.durand@boulangeries-durand.fr',
};
const euros = (value: number) => ({ value, currency: 'EUR' });

describe('part payments typed in the invoice form', () => {
  it('keeps each dated payment, oldest first, and ignores the empty line offered for the next one', () => {
    const read = paymentsFromForm(
      [
        { on: '2026-04-20', amount: '200' },
        { on: '', amount: '' },
        { on: '2026-04-10', amount: '300,00 €' },
      ],
      euros(1250.5),
    );
    expect(read.issues).toEqual([]);
    expect(read.payments).toEqual([
      { on: '2026-04-10', amount: euros(300) },
      { on: '2026-04-20', amount: euros(200) },
    ]);
    expect(read.paid).toEqual(euros(500));
  });

  it('names the line and the part at fault', () => {
    const read = paymentsFromForm(
      [
        { on: '2026-04-10', amount: '' },
        { on: '', amount: '100' },
        { on: '2026-02-30', amount: 'cent' },
        { on: '2026-06-01', amount: '-5' },
      ],
      euros(1250.5),
      '2026-05-20',
    );
    expect(read.issues).toEqual([
      { field: 'payments[0].amount', problem: 'required' },
      { field: 'payments[1].on', problem: 'required' },
      { field: 'payments[2].on', problem: 'invalid-date' },
      { field: 'payments[2].amount', problem: 'invalid-number' },
      { field: 'payments[3].on', problem: 'in-future' },
      { field: 'payments[3].amount', problem: 'not-positive' },
    ]);
  });

  it('refuses payments that reach or pass the invoice amount: a settled invoice is recorded as paid', () => {
    expect(paymentsFromForm([{ on: '2026-04-10', amount: '1250,50' }], euros(1250.5)).issues).toEqual([{ field: 'payments', problem: 'settles-invoice' }]);
    expect(paymentsFromForm([{ on: '2026-04-10', amount: '1000' }, { on: '2026-04-11', amount: '300' }], euros(1250.5)).issues).toEqual([{ field: 'payments', problem: 'exceeds-amount' }]);
  });

  it('says so in the user language, with the line number', () => {
    expect(describeIssue({ field: 'payments[1].on', problem: 'in-future' }, 'fr')).toBe("date de l’acompte 2\u00a0: ne peut pas être postérieure à aujourd’hui");
    expect(describeIssue({ field: 'payments[0].amount', problem: 'required' }, 'en')).toBe('amount of part payment 1: required');
    expect(describeIssue({ field: 'payments', problem: 'settles-invoice' }, 'fr')).toBe('acomptes reçus\u00a0: couvrent toute la facture\u00a0; si elle est soldée, indiquez-la comme payée');
    expect(describeIssue({ field: 'amountDue', problem: 'payments-mismatch' }, 'en')).toBe('amount outstanding: does not match the invoice amount less the part payments received');
  });
});

describe('the invoice form with part payments', () => {
  const payments = [
    { on: '2026-04-10', amount: '300' },
    { on: '2026-04-20', amount: '200' },
  ];

  it('works out the amount outstanding when the user did not type it', () => {
    const result = invoiceFromForm({ ...form, payments });
    expect(result).toMatchObject({ ok: true, invoice: { amountDue: euros(750.5) }, payments: [{ on: '2026-04-10' }, { on: '2026-04-20' }] });
  });

  it('accepts a typed balance that matches the payments, and refuses one that does not', () => {
    expect(invoiceFromForm({ ...form, amountDue: '750,50', payments }).ok).toBe(true);
    const wrong = invoiceFromForm({ ...form, amountDue: '800', payments });
    expect(wrong).toEqual({ ok: false, issues: [{ field: 'amountDue', problem: 'payments-mismatch' }] });
  });

  it('refuses a payment dated after today', () => {
    const result = invoiceFromForm({ ...form, payments: [{ on: '2026-05-21', amount: '100' }] }, '2026-05-20');
    expect(result).toEqual({ ok: false, issues: [{ field: 'payments[0].on', problem: 'in-future' }] });
  });
});

describe('part payments in the follow-up log and the letters', () => {
  const settings = { sender: lumen };
  const payments = [
    { on: '2026-04-10', amount: '300' },
    { on: '2026-04-20', amount: '200' },
  ];

  it('are logged with the invoice, come back in the form, and go when the user removes them', () => {
    const proposal = proposeReminder({ form: { ...form, payments }, ledger: emptyLedger(), settings, today: '2026-05-20', language: 'fr' });
    if (!proposal.ok) throw new Error('the form should be valid');
    expect(proposal.entry.history.partialPayments).toEqual([
      { on: '2026-04-10', amount: euros(300) },
      { on: '2026-04-20', amount: euros(200) },
    ]);
    expect(formFromEntry(proposal.entry).payments).toEqual([
      { on: '2026-04-10', amount: '300.00' },
      { on: '2026-04-20', amount: '200.00' },
    ]);
    // The balance the payments explain is left for the form to work out again.
    expect(formFromEntry(proposal.entry).amountDue).toBe('');
    const ledger = { version: 1 as const, entries: [proposal.entry] };
    const another = proposeReminder({ form: { ...formFromEntry(proposal.entry), payments: [...payments, { on: '2026-05-02', amount: '50' }] }, ledger, settings, today: '2026-05-20', language: 'fr' });
    expect(another).toMatchObject({ ok: true, entry: { invoice: { amountDue: euros(700.5) } } });
    const cleared = proposeReminder({ form: { ...formFromEntry(proposal.entry), payments: [], amountDue: '' }, ledger, settings, today: '2026-05-20', language: 'fr' });
    if (!cleared.ok) throw new Error('the form should be valid');
    expect(cleared.entry.history.partialPayments).toBeUndefined();
    expect(cleared.entry.invoice.amountDue).toBeUndefined();
  });

  it('list each payment with its date and say interest ran on the balance after each', () => {
    const history = { sent: [], partialPayments: [{ on: '2026-04-10', amount: euros(300) }, { on: '2026-04-20', amount: euros(200) }] };
    const terms = { jurisdiction: 'FR' } as const;
    const letter = renderReminder({ step: 'penalties-letter', invoices: [durandSecondInvoice], client: durand, sender: lumen, today: '2026-05-20', history, terms });
    expect(letter.text).toContain('à hauteur de 750,50\u00a0€, après déduction des sommes reçues (300,00\u00a0€ le 10\u00a0avril\u00a02026, 200,00\u00a0€ le 20\u00a0avril\u00a02026).');
    // At 12,15 %: 2-10 April on 1 250,50 € (9 days) 3,747 → 3,75; 11-20 April on 950,50 € (10 days) 3,164 → 3,16;
    // 21 April-20 May on 750,50 € (30 days) 7,495 → 7,49 (each period rounded, so the statement adds up): 14,40 €
    expect(letter.text).toContain('sur 49\u00a0jours de retard, calculées sur le solde restant dû après chaque règlement\u00a0: 14,40\u00a0€');
    expect(letter.text).toContain('pénalités du 11\u00a0avril\u00a02026 au 20\u00a0avril\u00a02026 (10\u00a0jours) sur 950,50\u00a0€ au taux annuel de 12,15\u00a0%\u00a0: 3,16\u00a0€');
    const english = renderReminder({ step: 'formal-notice', language: 'en', invoices: [durandSecondInvoice], client: durand, sender: lumen, today: '2026-05-20', history, terms });
    expect(english.text).toContain('after deduction of the sums received (€300.00 on 10\u00a0April\u00a02026, €200.00 on 20\u00a0April\u00a02026).');
    expect(english.text).toContain('calculated on the balance outstanding after each payment');
  });

  it('refuses a letter whose payments and balance disagree, rather than claim interest on one and the balance of another', () => {
    const history = { sent: [], partialPayments: [{ on: '2026-04-10', amount: euros(100) }] };
    expect(() => renderReminder({ step: 'penalties-letter', invoices: [durandSecondInvoice], client: durand, sender: lumen, today: '2026-05-20', history, terms: { jurisdiction: 'FR' } })).toThrow(
      expect.objectContaining({ code: 'invalid-input', issues: [{ field: 'invoices[0].amountDue', problem: 'payments-mismatch' }] }),
    );
  });
});
