import { describe, expect, it } from 'vitest';
import { describeError, referenceRates, renderReminder, type Invoice } from '../../../src/core';
import type { RenderInput } from '../../../src/core/render/render-input';
import { sampleRenderInput } from '../../../examples/sample-render-input';
import { errorOf } from '../support/error-of';

/** A date or a count as the letters write it: with no-break spaces. */
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');
const fr = (step: 'penalties-letter' | 'formal-notice', patch: Partial<RenderInput> = {}): RenderInput => ({ ...sampleRenderInput(step, 'fr'), ...patch });
const en = (step: 'penalties-letter' | 'formal-notice', patch: Partial<RenderInput> = {}): RenderInput => ({ ...sampleRenderInput(step, 'en'), ...patch });
const invoice = (number: string, dueDate: string, value: number, currency = 'EUR'): Invoice => ({ number, issueDate: '2025-05-01', dueDate, amount: { value, currency } });

describe('the penalties letter and the formal notice', () => {
  // June invoice: 11-30 June at 13,15 % → 72,05 €; 1-20 July at 12,15 % → 66,58 €. July invoice: 11-20 July at 12,15 % → 33,29 €.
  // Interest 171,92 €; indemnities 2 × 40 €; penalties 251,92 €; due 20 000 + 251,92 = 20 251,92 €.
  it('annexes a statement of account where each invoice has its own periods and rates', () => {
    const { text } = renderReminder(fr('penalties-letter', { today: '2025-07-20', history: { sent: [] }, invoices: [invoice('F-06', '2025-06-10', 10000), invoice('F-07', '2025-07-10', 10000)] }));
    const annex = text.slice(text.indexOf('Annexe'));
    expect(annex).toContain('- pénalités du 11\u00a0juin\u00a02025 au 30\u00a0juin\u00a02025 (20\u00a0jours) sur 10\u00a0000,00\u00a0€ au taux annuel de 13,15\u00a0%\u00a0: 72,05\u00a0€');
    expect(annex).toContain('- pénalités du 1er\u00a0juillet\u00a02025 au 20\u00a0juillet\u00a02025 (20\u00a0jours) sur 10\u00a0000,00\u00a0€ au taux annuel de 12,15\u00a0%\u00a0: 66,58\u00a0€');
    expect(annex).toContain('- pénalités du 11\u00a0juillet\u00a02025 au 20\u00a0juillet\u00a02025 (10\u00a0jours) sur 10\u00a0000,00\u00a0€ au taux annuel de 12,15\u00a0%\u00a0: 33,29\u00a0€');
    expect(annex.match(/13,15/g)).toHaveLength(1); // the July invoice never gets the June rate
    expect(annex).toContain('- pénalités de retard\u00a0: 171,92\u00a0€');
    expect(annex).toContain('- indemnités forfaitaires\u00a0: 80,00\u00a0€');
    expect(annex).toContain('- total dû\u00a0: 20\u00a0251,92\u00a0€');
    expect(text).toContain('aux taux annuels fixés pour chaque semestre (de 12,15\u00a0% à 13,15\u00a0%)');
  });

  it('shows the statement in English too, with the daily interest under the 1998 Act', () => {
    const { text } = renderReminder(en('penalties-letter'));
    // £4,860 × 11.75% × 40 / 365 = £62.5808 → £62.58; a day: £4,860 × 11.75% / 365 = £1.5646 → £1.56
    expect(text).toContain('- interest from 17\u00a0March\u00a02026 to 25\u00a0April\u00a02026 (40\u00a0days) on £4,860.00 at 11.75% a year: £62.58');
    expect(text).toContain('Interest continues to accrue at £1.56 a day until payment in full.');
    expect(text).toContain('Sort code: 20-20-15\nAccount number: 55555555');
  });

  it('gives one deadline, a date on a working day counted from a realistic receipt', () => {
    // Tuesday 14 April 2026: received Friday 17 April (3 working days); + 8 days = Saturday 25 April → Monday 27 April.
    const { text } = renderReminder(fr('formal-notice', { today: '2026-04-14' }));
    expect(text).toContain(`au plus tard le ${nbsp('27 avril 2026')}.`);
    expect(text.match(/au plus tard le/g)).toHaveLength(1);
    expect(text).not.toMatch(/dans un délai de/);
  });

  it('states every mention the law asks for, and not the repealed art. 1153', () => {
    const { text } = renderReminder(fr('formal-notice'));
    expect(text).toContain('Lettre recommandée avec accusé de réception');
    expect(text).toContain('Mise en demeure');
    expect(text).toContain('articles 1344 et 1344-1 du Code civil');
    expect(text).toContain("Les pénalités de retard continuent de courir jusqu’au paiement intégral.");
    expect(text).toContain('une indemnisation complémentaire si les frais de recouvrement que nous exposons dépassent le montant de l’indemnité forfaitaire');
    expect(text).toContain('RCS Lyon');
    expect(text).toContain('Relevé de compte au');
    expect(text).not.toContain('1153');
    expect(text).not.toContain('ou engager');
  });

  // 4 860 € + 80,89 € + 40 € = 4 980,89 € ≤ 5 000 €: the simplified procedure exists; 6 000 € is above it.
  it('offers the simplified recovery procedure only up to 5,000 €', () => {
    expect(renderReminder(fr('formal-notice')).text).toContain('procédure simplifiée de recouvrement des petites créances');
    const large = fr('formal-notice', { invoices: [{ ...sampleRenderInput('formal-notice', 'fr').invoices[0]!, amount: { value: 6000, currency: 'EUR' } }] });
    const { text } = renderReminder(large);
    expect(text).not.toContain('procédure simplifiée');
    expect(text).toContain("saisir la juridiction compétente d’une requête en injonction de payer ou à vous assigner en paiement");
  });

  it('keeps the no-break spaces the admin typed in the legal mentions, and still folds line breaks and runs of spaces', () => {
    const legalMentions = 'SARL au capital de 20\u00a0000\u00a0€ –   RCS Lyon\n812\u00a0345\u00a0678 – Siège social\u00a0: 12 rue de la République';
    const { text } = renderReminder(fr('formal-notice', { sender: { ...fr('formal-notice').sender, legalMentions } }));
    expect(text).toContain('SARL au capital de 20\u00a0000\u00a0€ – RCS Lyon 812\u00a0345\u00a0678 – Siège social\u00a0: 12 rue de la République');
  });

  it('refuses a letter without the legal mentions of the sender, naming the setting', () => {
    for (const input of [fr('penalties-letter'), fr('formal-notice'), en('penalties-letter'), en('formal-notice')]) {
      const { legalMentions: _mentions, ...sender } = input.sender;
      const error = errorOf(() => renderReminder({ ...input, sender }));
      expect(error.fields).toEqual(['sender.legalMentions']);
      expect(describeError(error, 'fr').details).toEqual(["mentions légales de l’expéditeur (forme, capital, RCS, siège)\u00a0: obligatoire"]);
    }
  });

  it('never guesses the law: no terms, or a currency the law does not cover, gives no penalties letter and says why', () => {
    const { terms: _terms, ...noLaw } = fr('penalties-letter');
    const error = errorOf(() => renderReminder(noLaw));
    expect(error.code).toBe('no-governing-law');
    expect(describeError(error, 'fr').title).toBe("Pas de lettre de pénalités\u00a0: la loi applicable n’est pas configurée.");
    // A French company invoicing in pounds stays under French law: its letter is refused, not sent under the 1998 Act.
    const pounds = fr('penalties-letter', { invoices: [{ ...sampleRenderInput('penalties-letter', 'fr').invoices[0]!, amount: { value: 4860, currency: 'GBP' } }] });
    const currency = errorOf(() => renderReminder(pounds));
    expect(currency.code).toBe('penalty-currency');
    expect(describeError(currency, 'en').details[0]).toContain('never guessed from the currency');
  });

  // Code de la commande publique: ECB 2,15 % on 1 January 2026 (the half-year interest started in) + 8 = 10,15 %;
  // 4 860 € × 10,15 % × 40 / 365 = 54,059 → 54,06 €
  it('charges a French public body under the Code de la commande publique', () => {
    const input = fr('penalties-letter');
    const { text } = renderReminder({ ...input, client: { ...input.client, legalForm: 'public-body' } });
    expect(text).toContain("l’article L2192-13 du Code de la commande publique");
    expect(text).toContain('majoré de 8 points (article R2192-31 du Code de la commande publique)');
    expect(text).toContain('au taux annuel de 10,15\u00a0%, sur 40\u00a0jours de retard\u00a0: 54,06\u00a0€');
  });

  // "Trois fois le taux d'intérêt légal": 3 × 2,62 % = 7,86 % in the first half of 2026; 4 860 € × 7,86 % × 40 / 365 = 41,863 → 41,86 €
  it('writes out a rate given as three times the legal interest rate', () => {
    const { text } = renderReminder(fr('penalties-letter', { terms: { jurisdiction: 'FR', legalRateMultiple: 3 } }));
    expect(text).toContain("au taux égal à trois fois le taux d’intérêt légal de chaque semestre");
    expect(text).toContain('au taux annuel de 7,86\u00a0%, sur 40\u00a0jours de retard\u00a0: 41,86\u00a0€');
  });
});

describe('the English formal notice', () => {
  it('is a letter before action to a company: 14 days, enclosures, an offer to settle out of court and a costs warning', () => {
    // Tuesday 5 May 2026: received Thursday 7 May (2 working days); + 14 days = Thursday 21 May.
    const { text, subject } = renderReminder(en('formal-notice'));
    expect(subject).toContain('letter before action');
    expect(text).toContain(`We require payment of £5,008.23 by ${nbsp('21 May 2026')}.`);
    expect(text).toContain('Enclosures: statement of account; copy of the invoice');
    expect(text).toContain('mediation or another form of alternative dispute resolution');
    expect(text).toContain('ask the court to order you to pay our costs');
    expect(text).toContain('Registered in England and Wales');
  });

  it('dates the letter under the address, the British way, and never writes TTC', () => {
    const { text } = renderReminder(en('formal-notice'));
    expect(text).toContain(`M3 4LY\n\n${nbsp('5 May 2026')}\n\nDear Ms Harper,`);
    expect(text).not.toMatch(/Leeds, \d/);
    for (const step of ['preventive', 'preventive-nudge', 'overdue-1', 'overdue-2', 'phone-call', 'penalties-letter', 'formal-notice', 'promise-ack', 'broken-promise', 'thank-you'] as const) {
      expect(renderReminder(sampleRenderInput(step, 'en')).text).not.toContain('TTC');
    }
  });

  it('tells a sole trader the Pre-Action Protocol for Debt Claims applies, with 30 days and its forms', () => {
    // 5 May 2026: received 7 May; + 30 days = Saturday 6 June → Monday 8 June 2026.
    const input = en('formal-notice');
    const { text, subject } = renderReminder({ ...input, client: { ...input.client, legalForm: 'sole-trader' } });
    expect(subject).toMatch(/^Letter of claim/);
    expect(text).toContain('this letter is sent under the Pre-Action Protocol for Debt Claims');
    expect(text).toContain(`Reply Form by ${nbsp('8 June 2026')}, 30\u00a0days after`);
    expect(text).toContain('Information Sheet and Reply Form (Pre-Action Protocol for Debt Claims)');
    expect(text).not.toContain('We require payment');
  });
});

describe('rate tables in letters', () => {
  it('refuses a letter past the rate table and takes a newer table when one is given', () => {
    // 1 July 2026: the ECB rate of the second half-year is not in the built-in table.
    const input = fr('penalties-letter', { today: '2026-07-10' });
    expect(errorOf(() => renderReminder(input)).code).toBe('rates-outdated');
    const rates = {
      ...referenceRates,
      ecb: { changes: [...referenceRates.ecb.changes], knownUntil: '2026-07-31' },
      frenchLegalRate: { changes: [...referenceRates.frenchLegalRate.changes], knownUntil: '2026-12-31' },
    };
    // 17 March–30 June 2026: 106 days at 12,15 %: 4 860 × 12,15 % × 106 / 365 = 171,4848 → 171,48;
    // 1–10 July 2026: 10 days at 12,15 % (unchanged in this table): 16,1778 → 16,18. Total 187,66 €.
    expect(renderReminder({ ...input, rates }).text).toContain(`au taux annuel de 12,15${'\u00a0'}%, sur 116${'\u00a0'}jours de retard${'\u00a0'}: 187,66${'\u00a0'}€`);
  });
});
