/** What each kind of event and each phone-call outcome is called in the log and the CSV. */
import type { Language } from '../model/language';
import type { FollowUpEventKind, PhoneOutcome, SentEvidence } from './follow-up-event';

export const eventLabels: Record<FollowUpEventKind, Record<Language, string>> = {
  drafted: { fr: 'Brouillon préparé', en: 'Draft prepared' },
  sent: { fr: 'Relance envoyée', en: 'Reminder sent' },
  'phone-call': { fr: 'Appel', en: 'Phone call' },
  replied: { fr: 'Réponse du client', en: 'Client replied' },
  promise: { fr: 'Promesse de paiement', en: 'Payment promise' },
  dispute: { fr: 'Contestation', en: 'Dispute' },
  'documents-asked': { fr: 'Documents demandés', en: 'Documents asked for' },
  'plan-asked': { fr: 'Échéancier demandé', en: 'Payment plan asked for' },
  'payment-announced': { fr: 'Paiement annoncé', en: 'Payment announced' },
  'payment-received': { fr: 'Paiement reçu', en: 'Payment received' },
  stopped: { fr: 'Suivi arrêté', en: 'Follow-up stopped' },
};

export const phoneOutcomeLabels: Record<PhoneOutcome, Record<Language, string>> = {
  reached: { fr: 'client joint', en: 'client reached' },
  'left-message': { fr: 'message laissé', en: 'message left' },
  'promise-obtained': { fr: 'promesse obtenue', en: 'promise obtained' },
};

export const sentEvidenceLabels: Record<SentEvidence, Record<Language, string>> = {
  thread: { fr: 'vue dans le fil', en: 'seen in the thread' },
  user: { fr: 'confirmée par vous', en: 'confirmed by you' },
  migrated: { fr: "reprise de l’ancien journal", en: 'carried over from the old log' },
};
