/**
 * An invoice email as an invoicing tool sends it: the facts on labelled lines (number, dates,
 * amounts), the bank details, the signature. `extractInvoice` reads these; the "hand-written"
 * variant leaves out the due date, as people do when they send an invoice themselves.
 */
import { type IsoDate, type Language, type Money, type Sender, formatMoney } from '../../src/core';

export type InvoiceEmailInput = {
  language: Language;
  sender: Sender;
  greeting: string;
  number: string;
  issueDate: IsoDate;
  dueDate?: IsoDate;
  amount: Money;
  description: string;
  /** Leaves out the invoicing tool's block, as a hand-written email would. */
  handWritten?: boolean;
};

/** 16/03/2026 (fr) or 16/03/2026 (en-GB): invoicing tools print numeric dates. */
export function numericDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

function spacedIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

export function invoiceSubject(language: Language, number: string, company: string): string {
  return language === 'fr' ? `Facture ${number} - ${company}` : `Invoice ${number} - ${company}`;
}

export function invoiceEmailBody(input: InvoiceEmailInput): string {
  const { language, sender, number, amount } = input;
  const money = formatMoney(amount, language);
  const signature = [sender.name, sender.role, sender.company, sender.phone].filter(Boolean).join('\n');
  if (input.handWritten) {
    return language === 'fr'
      ? `${input.greeting}\n\nComme convenu, voici la facture ${number} pour ${input.description.toLowerCase()}, soit ${money} TTC.\n\nBonne journée,\n${signature}\n`
      : `${input.greeting}\n\nAs agreed, here is invoice ${number} for ${input.description.toLowerCase()}: ${money} including VAT.\n\nBest wishes,\n${signature}\n`;
  }
  const iban = sender.iban ? spacedIban(sender.iban) : '';
  if (language === 'fr') {
    return [
      input.greeting,
      '',
      `Veuillez trouver ci-joint notre facture n° ${number} d'un montant de ${money} TTC.`,
      '',
      `Numéro de facture : ${number}`,
      `Date de facture : ${numericDate(input.issueDate)}`,
      ...(input.dueDate ? [`Date d'échéance : ${numericDate(input.dueDate)}`] : []),
      `Montant TTC : ${money}`,
      `Objet : ${input.description}`,
      '',
      'Règlement par virement :',
      `IBAN : ${iban}`,
      `BIC : ${sender.bic ?? ''}`,
      '',
      'Nous restons à votre disposition pour toute question.',
      '',
      'Bien cordialement,',
      signature,
      '',
    ].join('\n');
  }
  return [
    input.greeting,
    '',
    `Please find attached our invoice ${number} for ${money} including VAT.`,
    '',
    `Invoice number: ${number}`,
    `Invoice date: ${numericDate(input.issueDate)}`,
    ...(input.dueDate ? [`Due date: ${numericDate(input.dueDate)}`] : []),
    `Total including VAT: ${money}`,
    `Description: ${input.description}`,
    '',
    'Payment by bank transfer:',
    `IBAN: ${iban}`,
    `BIC: ${sender.bic ?? ''}`,
    '',
    'Kind regards,',
    signature,
    '',
  ].join('\n');
}

/** The original below a reply, as Outlook quotes it. */
export function quoted(language: Language, original: { from: string; sentOn: string; to: string; subject: string; body: string }): string {
  const header =
    language === 'fr'
      ? `De : ${original.from}\nEnvoyé : ${original.sentOn}\nÀ : ${original.to}\nObjet : ${original.subject}`
      : `From: ${original.from}\nSent: ${original.sentOn}\nTo: ${original.to}\nSubject: ${original.subject}`;
  return `\n________________________________\n${header}\n\n${original.body}`;
}
