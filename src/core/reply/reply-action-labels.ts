/** The button that records a client's reply, named by what was read: one table for both shells, so a reading is offered in the same words in Outlook and Gmail. */
import type { Language } from '../model/language';
import type { ReplyIntent } from './reply-reading';

/** Every reading but "no commitment", which records nothing and so has no button of its own. */
export type RecordableIntent = Exclude<ReplyIntent, 'no-commitment'>;

export const replyActionLabels: Record<Language, Record<RecordableIntent, string>> = {
  fr: {
    promise: 'Enregistrer la promesse',
    paid: 'Noter le paiement annoncé',
    dispute: 'Enregistrer le litige',
    'missing-documents': 'Renvoyer les documents',
    'payment-plan': 'Étudier l’échéancier',
    'out-of-office': 'Relancer à son retour',
  },
  en: {
    promise: 'Record the promise',
    paid: 'Note the announced payment',
    dispute: 'Record the dispute',
    'missing-documents': 'Send the documents again',
    'payment-plan': 'Consider the payment plan',
    'out-of-office': 'Follow up on their return',
  },
};
