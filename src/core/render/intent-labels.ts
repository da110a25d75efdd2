/** What each kind of client reply is called, in both languages: the same words in the pane and the cards. */
import type { Language } from '../model/language';
import type { ReplyIntent } from '../reply/reply-reading';

export const intentLabels: Record<Language, Record<ReplyIntent, string>> = {
  fr: {
    promise: 'Promesse de paiement',
    paid: 'Paiement annoncé comme effectué',
    dispute: 'Litige',
    'missing-documents': 'Documents ou coordonnées bancaires demandés',
    'payment-plan': 'Demande d’échéancier ou de délai',
    'out-of-office': 'Absence (réponse automatique)',
    'no-commitment': 'Pas d’engagement',
  },
  en: {
    promise: 'Promise to pay',
    paid: 'Says it has paid',
    dispute: 'Dispute',
    'missing-documents': 'Asks for documents or bank details',
    'payment-plan': 'Asks for instalments or more time',
    'out-of-office': 'Out of office (automatic reply)',
    'no-commitment': 'No commitment',
  },
};
