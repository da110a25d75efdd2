/**
 * The invoice vocabularies of every language, merged and compiled once: invoice mails mix them
 * ("Total TTC" in an English mail from a French tool), and a label means the same in both.
 */
import { anyPhrase } from '../reply/vocabulary/compile-vocabulary';
import { enInvoiceVocabulary } from './vocabulary/en';
import { frInvoiceVocabulary } from './vocabulary/fr';
import type { AmountKind, DateKind, InvoiceVocabulary } from './vocabulary/invoice-vocabulary';

const vocabularies: InvoiceVocabulary[] = [frInvoiceVocabulary, enInvoiceVocabulary];
const merged = <T>(pick: (vocabulary: InvoiceVocabulary) => T[]): T[] => vocabularies.flatMap(pick);
const startingWith = (phrases: string[]) => new RegExp(`^[\\s(,;:-]*(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'u');

const amountKinds: AmountKind[] = ['excl', 'tax', 'incl', 'due', 'paid', 'other'];
const dateKinds: DateKind[] = ['issue', 'due', 'other'];

export const invoiceVocabulary = {
  invoiceWords: anyPhrase(merged((vocabulary) => vocabulary.invoiceWords)),
  otherDocuments: anyPhrase(merged((vocabulary) => vocabulary.otherDocuments)),
  amountLabels: Object.fromEntries(amountKinds.map((kind) => [kind, anyPhrase(merged((vocabulary) => vocabulary.amountLabels[kind]), 'gu')])) as Record<AmountKind, RegExp>,
  amountSuffixes: {
    excl: startingWith(merged((vocabulary) => vocabulary.amountSuffixes.excl)),
    incl: startingWith(merged((vocabulary) => vocabulary.amountSuffixes.incl)),
  },
  dateLabels: Object.fromEntries(dateKinds.map((kind) => [kind, anyPhrase(merged((vocabulary) => vocabulary.dateLabels[kind]), 'gu')])) as Record<DateKind, RegExp>,
  termsInDays: anyPhrase(merged((vocabulary) => vocabulary.termsInDays), 'gu'),
  termsContext: anyPhrase(merged((vocabulary) => vocabulary.termsContext)),
  termsOnReceipt: anyPhrase(merged((vocabulary) => vocabulary.termsOnReceipt)),
  ambiguousTerms: anyPhrase(merged((vocabulary) => vocabulary.ambiguousTerms)),
};
