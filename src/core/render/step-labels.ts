/** What each step is called when a later reminder recalls it ("notre première relance du 7 mars"). */
import type { Language } from '../model/language';
import type { StepId } from '../model/step';

export const stepLabels: Record<StepId, Record<Language, string>> = {
  preventive: { fr: 'message avant échéance', en: 'courtesy reminder' },
  'preventive-nudge': { fr: 'rappel avant échéance', en: 'pre-due follow-up' },
  'overdue-1': { fr: 'première relance', en: 'first reminder' },
  'overdue-2': { fr: 'deuxième relance', en: 'second reminder' },
  'phone-call': { fr: 'appel téléphonique', en: 'telephone call' },
  'penalties-letter': { fr: 'lettre de rappel des pénalités', en: 'letter on late-payment charges' },
  'formal-notice': { fr: 'mise en demeure', en: 'formal notice' },
  'promise-ack': { fr: 'confirmation de votre engagement', en: 'confirmation of your commitment' },
  'broken-promise': { fr: 'rappel de votre engagement', en: 'reminder of your commitment' },
  'thank-you': { fr: 'remerciement', en: 'thank-you note' },
};
