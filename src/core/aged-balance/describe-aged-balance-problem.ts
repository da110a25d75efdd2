/** A problem of an aged-balance import in words a user can act on: where it is, and what to fix. */
import type { Language } from '../model/language';
import type { ColumnRole } from './column-vocabulary';
import type { AgedBalanceProblem, AgedBalanceProblemCode } from './read-aged-balance';

export const columnRoleLabels: Record<ColumnRole, Record<Language, string>> = {
  number: { fr: 'numéro de facture', en: 'invoice number' },
  client: { fr: 'client', en: 'customer' },
  email: { fr: 'e-mail', en: 'email' },
  issueDate: { fr: 'date de facture', en: 'invoice date' },
  dueDate: { fr: 'échéance', en: 'due date' },
  amount: { fr: 'montant TTC', en: 'amount' },
  balance: { fr: 'reste dû', en: 'balance' },
  currency: { fr: 'devise', en: 'currency' },
};

const messages: Record<AgedBalanceProblemCode, Record<Language, string>> = {
  'empty-file': { fr: 'le fichier est vide', en: 'the file is empty' },
  'no-header': {
    fr: "aucune ligne d’en-tête reconnue (n° de facture, client, échéance, montant…)",
    en: 'no header line found (invoice number, customer, due date, amount…)',
  },
  'missing-column': { fr: 'colonne introuvable, à choisir ci-dessous', en: 'column not found, choose it below' },
  'missing-value': { fr: 'valeur manquante', en: 'value missing' },
  'invalid-date': { fr: 'date illisible', en: 'date not readable' },
  'invalid-amount': { fr: 'montant illisible', en: 'amount not readable' },
  'unknown-currency': { fr: 'devise inconnue', en: 'unknown currency' },
  'missing-currency': { fr: 'devise non précisée, à choisir ci-dessous', en: 'currency not stated, choose it below' },
  'currency-mismatch': { fr: 'devise différente de celle de la ligne', en: "currency differs from the row's" },
  'due-before-issue': { fr: "échéance antérieure à la date de facture", en: 'due date before the invoice date' },
  'balance-above-amount': { fr: 'reste dû supérieur au montant de la facture', en: 'balance above the invoice amount' },
  'credit-note': { fr: 'avoir ou montant négatif, ligne ignorée', en: 'credit note or negative amount, row left out' },
  'invalid-email': { fr: 'adresse e-mail invalide', en: 'not a valid email address' },
  'duplicate-invoice': { fr: 'facture déjà présente plus haut dans le fichier', en: 'invoice already listed above in the file' },
};

export function describeAgedBalanceProblem(problem: AgedBalanceProblem, language: Language): string {
  const line = language === 'fr' ? `Ligne ${problem.line}` : `Line ${problem.line}`;
  const column = problem.column ?? (problem.role ? columnRoleLabels[problem.role][language] : undefined);
  const place = column ? `${line}, ${language === 'fr' ? `colonne «\u00a0${column}\u00a0»` : `column "${column}"`}` : line;
  return `${place}${language === 'fr' ? '\u00a0: ' : ': '}${messages[problem.code][language]}`;
}
