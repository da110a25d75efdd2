/** What each input field is called in the user's language, for error messages. */
import type { Language } from '../model/language';

export const fieldLabels: Record<string, Record<Language, string>> = {
  'invoice.number': { fr: 'numéro de facture', en: 'invoice number' },
  'invoice.issueDate': { fr: "date d’émission", en: 'issue date' },
  'invoice.dueDate': { fr: "date d’échéance", en: 'due date' },
  'invoice.amount': { fr: 'montant TTC', en: 'amount' },
  'invoice.amount.value': { fr: 'montant TTC', en: 'amount' },
  'invoice.amount.currency': { fr: 'devise', en: 'currency' },
  'invoice.amountDue': { fr: 'reste à payer', en: 'amount outstanding' },
  'invoice.amountDue.value': { fr: 'reste à payer', en: 'amount outstanding' },
  'invoice.amountDue.currency': { fr: 'devise du reste à payer', en: 'currency of the amount outstanding' },
  'invoice.description': { fr: 'objet de la facture (biens ou prestation)', en: 'goods or service invoiced' },
  invoices: { fr: 'factures', en: 'invoices' },
  'client.company': { fr: 'société cliente', en: 'client company' },
  'client.address': { fr: 'adresse postale du client', en: "client's postal address" },
  'client.contact.civility': { fr: 'civilité du contact', en: "contact's title" },
  'client.contact.firstName': { fr: 'prénom du contact', en: "contact's first name" },
  'client.contact.lastName': { fr: 'nom du contact', en: "contact's last name" },
  'client.contact.role': { fr: 'fonction du contact', en: "contact's role" },
  'client.contact.email': { fr: 'e-mail du contact', en: "contact's email" },
  'client.contact.phone': { fr: 'téléphone du contact', en: "contact's phone number" },
  'sender.name': { fr: "nom de l’expéditeur", en: "sender's name" },
  'sender.company': { fr: "société de l’expéditeur", en: "sender's company" },
  'sender.role': { fr: "fonction de l’expéditeur", en: "sender's role" },
  'sender.email': { fr: "e-mail de l’expéditeur", en: "sender's email" },
  'sender.phone': { fr: "téléphone de l’expéditeur", en: "sender's phone number" },
  'sender.iban': { fr: 'IBAN', en: 'IBAN' },
  'sender.bic': { fr: 'BIC', en: 'BIC' },
  'sender.address': { fr: "adresse postale de l’expéditeur", en: "sender's postal address" },
  'sender.city': { fr: "ville de l’expéditeur", en: "sender's town" },
  'history.promise.date': { fr: 'date promise', en: 'promised date' },
  'history.promise.amount': { fr: 'montant promis', en: 'promised amount' },
  'history.paidOn': { fr: 'date du paiement', en: 'payment date' },
  'history.payment.amount': { fr: 'montant reçu', en: 'amount received' },
  'history.partialPayments': { fr: 'acomptes reçus', en: 'part payments received' },
  payments: { fr: 'acomptes reçus', en: 'part payments received' },
  'history.sent': { fr: 'relances envoyées', en: 'reminders sent' },
  today: { fr: 'date du jour', en: "today's date" },
  import: { fr: 'fichier importé', en: 'imported file' },
  terms: { fr: 'conditions de pénalités', en: 'penalty terms' },
  'terms.annualRatePercent': { fr: 'taux annuel des pénalités', en: 'annual interest rate' },
  'terms.legalRateMultiple': { fr: "multiple du taux d’intérêt légal", en: 'multiple of the legal interest rate' },
  'terms.jurisdiction': { fr: 'loi applicable', en: 'governing law' },
  'terms.publicBody': { fr: 'client personne publique', en: 'public-body client' },
  'rates.ecb': { fr: 'taux de la BCE', en: 'ECB rates' },
  'rates.bankOfEngland': { fr: "taux de la Banque d’Angleterre", en: 'Bank of England rates' },
  'rates.frenchLegalRate': { fr: "taux de l’intérêt légal", en: 'French legal interest rates' },
  'sender.legalMentions': { fr: "mentions légales de l’expéditeur (forme, capital, RCS, siège)", en: "sender's legal details (registered name, number and office)" },
  'sender.sortCode': { fr: 'sort code', en: 'sort code' },
  'sender.accountNumber': { fr: 'numéro de compte (UK)', en: 'account number' },
  'client.legalForm': { fr: 'forme juridique du client', en: "client's legal form" },
  'history.promise.via': { fr: 'moyen de la promesse', en: 'how the promise was given' },
  'history.promise.channel': { fr: 'moyen de la promesse', en: 'how the promise was given' },
  deadlineDays: { fr: 'délai de paiement (jours)', en: 'payment deadline (days)' },
  noticeDays: { fr: 'délai de la mise en demeure (jours)', en: 'notice period (days)' },
};

/** The invoice form names its fields without a prefix ("dueDate"); they read as the invoice's and contact's. */
const formFields: Record<string, string> = {
  number: 'invoice.number',
  issueDate: 'invoice.issueDate',
  dueDate: 'invoice.dueDate',
  amount: 'invoice.amount',
  amountDue: 'invoice.amountDue',
  currency: 'invoice.amount.currency',
  description: 'invoice.description',
  company: 'client.company',
  civility: 'client.contact.civility',
  firstName: 'client.contact.firstName',
  lastName: 'client.contact.lastName',
  email: 'client.contact.email',
  phone: 'client.contact.phone',
};

/** The label of a field path; `invoices[1].dueDate` reads "date d'échéance (facture 2)". */
export function fieldLabel(field: string, language: Language): string {
  const indexed = /^invoices\[(\d+)\]\.(.+)$/.exec(field);
  if (indexed) {
    const [, index, rest] = indexed;
    const label = fieldLabels[`invoice.${rest}`]?.[language] ?? rest;
    const position = Number(index) + 1;
    return language === 'fr' ? `${label} (facture ${position})` : `${label} (invoice ${position})`;
  }
  // `payments[0].on` (the form) and `history.partialPayments[0].on` (the model) are the same field.
  // `payments[0].amount.value` (latePenalty) reads as the payment's amount.
  const payment = /^(?:payments|history\.partialPayments)\[(\d+)\]\.(on|amount)(?:\.value|\.currency)?$/.exec(field);
  if (payment) {
    const position = Number(payment[1]) + 1;
    if (payment[2] === 'on') return language === 'fr' ? `date de l’acompte ${position}` : `date of part payment ${position}`;
    return language === 'fr' ? `montant de l’acompte ${position}` : `amount of part payment ${position}`;
  }
  const record = /^records\[(\d+)\]$/.exec(field);
  if (record) return language === 'fr' ? `suivi n°\u00a0${Number(record[1]) + 1}` : `record ${Number(record[1]) + 1}`;
  return fieldLabels[formFields[field] ?? field]?.[language] ?? field;
}
