import { describe, expect, it } from 'vitest';
import { renderReminder } from '../../../src/core';
import type { RenderInput } from '../../../src/core/render/render-input';
import { durandSecondInvoice } from '../../../examples/sample-data';
import { sampleRenderInput } from '../../../examples/sample-render-input';

const N = '\u00a0';

describe('reminder wording', () => {
  it('writes one day in the singular: "1 jour", "1 day"', () => {
    const french = renderReminder({ ...sampleRenderInput('overdue-1', 'fr'), today: '2026-03-17' }).text;
    expect(french).toContain(`un retard de 1${N}jour.`);
    const english = renderReminder({ ...sampleRenderInput('overdue-1', 'en'), today: '2026-03-17' }).text;
    expect(english).toContain(`It is now 1${N}day overdue.`);
    expect(renderReminder(sampleRenderInput('overdue-1', 'fr')).text).toContain(`un retard de 7${N}jours.`);
  });

  it('keeps the no-break spaces of amounts, dates and "n°" in subjects and text', () => {
    const { subject, text } = renderReminder(sampleRenderInput('promise-ack', 'fr'));
    expect(subject).toContain(`4${N}860,00${N}€ d'ici le 10${N}avril${N}2026`);
    expect(text).toContain(`n°${N}F-2026-0142`);
  });

  it('thanks the client for the reply of the day it was written, not the day it was logged', () => {
    const base = sampleRenderInput('promise-ack', 'fr');
    const written: RenderInput = { ...base, history: { ...base.history!, promise: { ...base.history!.promise!, madeOn: '2026-03-30', loggedOn: '2026-04-02' } } };
    expect(renderReminder(written).text).toContain(`votre retour du 30${N}mars${N}2026.`);
    const english = sampleRenderInput('promise-ack', 'en');
    const writtenEn: RenderInput = { ...english, history: { ...english.history!, promise: { ...english.history!.promise!, madeOn: '2026-03-30', loggedOn: '2026-04-02' } } };
    expect(renderReminder(writtenEn).text).toContain(`getting back to us on 30${N}March${N}2026.`);
  });

  it('does not call a promise a payment in the acknowledgement subject', () => {
    expect(renderReminder(sampleRenderInput('promise-ack', 'fr')).subject).toBe(`Facture F-2026-0142 – votre engagement de régler 4${N}860,00${N}€ d'ici le 10${N}avril${N}2026`);
    expect(renderReminder(sampleRenderInput('promise-ack', 'en')).subject).toBe(`Invoice INV-10458 – your commitment to pay £4,860.00 by 10${N}April${N}2026`);
  });

  // 4 860,00 € due, 2 000,00 € promised: 2 860,00 € left
  it('states what a partial promise leaves to pay', () => {
    const base = sampleRenderInput('promise-ack', 'fr');
    const partial: RenderInput = { ...base, history: { ...base.history!, promise: { ...base.history!.promise!, amount: { value: 2000, currency: 'EUR' } } } };
    expect(renderReminder(partial).text).toContain(`Après ce règlement, il restera 2${N}860,00${N}€ à régler`);
    expect(renderReminder(base).text).not.toContain('il restera');
  });

  it('says how a broken promise was given', () => {
    const phone = sampleRenderInput('broken-promise', 'fr');
    expect(renderReminder(phone).text).toContain(`Le 2${N}avril${N}2026, par téléphone, vous nous avez indiqué`);
    const reply: RenderInput = { ...phone, history: { ...phone.history!, promise: { ...phone.history!.promise!, via: 'reply' } } };
    expect(renderReminder(reply).text).toContain('par écrit, en réponse à notre message, vous nous avez indiqué');
    expect(renderReminder(sampleRenderInput('broken-promise', 'en')).text).toContain(`On 2${N}April${N}2026, by telephone, you let us know`);
  });

  it('asks only for the overdue invoices and shows the others apart', () => {
    // 31 March: F-2026-0142 (due 16 March) is late; F-2026-0163 falls due tomorrow, 1 April.
    const base = sampleRenderInput('overdue-2', 'fr');
    const { text } = renderReminder({ ...base, invoices: [base.invoices[0]!, durandSecondInvoice] });
    expect(text).toContain(`procéder au règlement de 4${N}860,00${N}€ au plus tard`);
    expect(text).not.toContain('5\u00a0610,50');
    expect(text).toContain("Pour information, la facture suivante n'est pas encore échue et n'est pas concernée par ce message");
    expect(text).toContain(`- n°${N}F-2026-0163 du 2${N}mars${N}2026${N}: 750,50${N}€, à échéance le 1er${N}avril${N}2026 (demain)`);
    const english = sampleRenderInput('overdue-2', 'en');
    const later = { ...english.invoices[0]!, number: 'INV-10502', dueDate: '2026-04-03' };
    const { text: englishText } = renderReminder({ ...english, invoices: [english.invoices[0]!, later] });
    expect(englishText).toContain('Please arrange payment of £4,860.00 by');
    expect(englishText).toContain(`due on 3${N}April${N}2026 (in 3${N}days)`);
  });

  it('writes the preventive reminder when the sender has no phone number', () => {
    for (const language of ['fr', 'en'] as const) {
      const input = sampleRenderInput('preventive', language);
      const { phone: _phone, ...sender } = input.sender;
      const { text } = renderReminder({ ...input, sender });
      expect(text).toContain(language === 'fr' ? 'par simple retour de message' : 'simply by replying');
      expect(text).not.toMatch(/Tél|Tel:/);
    }
  });

  it('gives English payers the sort code and account number when the sender has them', () => {
    for (const step of ['preventive', 'overdue-1', 'overdue-2', 'broken-promise'] as const) {
      expect(renderReminder(sampleRenderInput(step, 'en')).text).toContain('Sort code: 20-20-15\nAccount number: 55555555');
    }
  });
});
