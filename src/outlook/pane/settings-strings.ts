/** The words of the Settings tab, the first-run screen and the reminder-language switch, in French and English. */
import type { Language } from '../../core';

export type SettingsStrings = {
  tab: string;
  /** While the tab's chunk loads. */
  loading: string;
  source: (url: string) => string;
  states: { missing: string; unreadable: string; example: string; ok: string };
  problemsTitle: (count: number) => string;
  noProblems: string;
  effectiveTitle: string;
  company: string;
  legalMentions: string;
  address: string;
  bank: string;
  law: string;
  lawValue: (jurisdiction: string | undefined, rate: number | undefined) => string;
  segmentsTitle: string;
  segment: (name: string, isDefault: boolean) => string;
  offsets: string;
  disabled: string;
  rules: (count: number) => string;
  templatesTitle: string;
  overridden: string;
  builtIn: string;
  firstRun: { title: string; intro: string; where: (url: string) => string; what: string[]; example: string; guide: string };
  exampleRefused: string;
  reminderLanguage: string;
  languageNames: Record<Language, string>;
  languageFrom: { rule: string; client: string; thread: string; organisation: string; chosen: string };
  unset: string;
  /** Templates that answer a client's reply are not steps of the scenario: their own names. */
  answers: Record<string, string>;
};

const nbsp = '\u00a0';

const fr: SettingsStrings = {
  tab: 'Paramètres',
  loading: 'Chargement des paramètres…',
  source: (url) => `Fichier de paramètres${nbsp}: ${url}`,
  states: {
    missing: 'Aucun fichier de paramètres à cette adresse.',
    unreadable: 'Le fichier de paramètres est illisible (JSON invalide ou serveur en erreur).',
    example: 'Le fichier contient encore la société d’exemple («\u00a0Votre Société SAS\u00a0») ou son IBAN\u00a0: aucune relance ne sera rédigée.',
    ok: 'Paramètres chargés.',
  },
  problemsTitle: (count) => (count === 1 ? '1 problème à corriger' : `${count} problèmes à corriger`),
  noProblems: 'Aucun problème dans les paramètres.',
  effectiveTitle: 'Paramètres appliqués',
  company: 'Société',
  legalMentions: 'Mentions légales',
  address: 'Adresse',
  bank: 'Coordonnées bancaires',
  law: 'Droit applicable',
  lawValue: (jurisdiction, rate) =>
    `${jurisdiction === 'UK' ? 'Royaume-Uni' : jurisdiction === 'FR' ? 'France' : 'non défini (déduit de la devise)'}${rate === undefined ? ', taux légal' : `, taux contractuel de ${String(rate).replace('.', ',')}${nbsp}%`}`,
  segmentsTitle: 'Scénarios par segment',
  segment: (name, isDefault) => (isDefault ? `${name} (par défaut)` : name),
  offsets: 'Étapes après l’échéance',
  disabled: 'désactivée',
  rules: (count) => (count === 0 ? 'Aucune règle par client.' : count === 1 ? '1 règle par client ou par domaine.' : `${count} règles par client ou par domaine.`),
  templatesTitle: 'Aperçu des modèles',
  overridden: 'modèle de l’organisation',
  builtIn: 'modèle intégré',
  firstRun: {
    title: 'Relance n’est pas encore configurée',
    intro: 'Avant de rédiger des relances, votre administrateur doit publier les paramètres de votre société.',
    where: (url) => `Adresse attendue du fichier${nbsp}: ${url}`,
    what: [
      'identity.company\u00a0: la raison sociale qui signe les relances',
      'bank.iban et bank.bic (ou sortCode et accountNumber)\u00a0: où le client doit payer',
      'terms.jurisdiction\u00a0: FR ou UK, le droit des pénalités de retard',
    ],
    example: 'Modèle à copier et à adapter\u00a0: examples/relance.settings.example.json.',
    guide: 'Le guide de déploiement (docs/outlook.md) décrit chaque champ.',
  },
  exampleRefused: 'Les paramètres contiennent encore la société d’exemple\u00a0: la relance n’est pas rédigée. Prévenez votre administrateur.',
  reminderLanguage: 'Langue de la relance',
  languageNames: { fr: 'français', en: 'anglais' },
  languageFrom: {
    rule: 'selon les paramètres du client',
    client: 'selon la fiche du client',
    thread: 'selon la langue du message',
    organisation: 'langue par défaut de l’organisation',
    chosen: 'choisie',
  },
  unset: '—',
  answers: {
    'answer-dispute': 'réponse à une contestation',
    'answer-documents': 'envoi des documents demandés',
    'answer-paid': 'réponse à «\u00a0déjà payé\u00a0»',
    'answer-payment-plan': 'réponse à une demande d’échéancier',
  },
};

const en: SettingsStrings = {
  tab: 'Settings',
  loading: 'Loading the settings…',
  source: (url) => `Settings file: ${url}`,
  states: {
    missing: 'No settings file at this address.',
    unreadable: 'The settings file cannot be read (invalid JSON or a server error).',
    example: 'The file still holds the example company ("Votre Société SAS") or its IBAN: no reminder will be written.',
    ok: 'Settings loaded.',
  },
  problemsTitle: (count) => (count === 1 ? '1 problem to fix' : `${count} problems to fix`),
  noProblems: 'No problem in the settings.',
  effectiveTitle: 'Settings in use',
  company: 'Company',
  legalMentions: 'Legal mentions',
  address: 'Address',
  bank: 'Bank details',
  law: 'Governing law',
  lawValue: (jurisdiction, rate) =>
    `${jurisdiction === 'UK' ? 'United Kingdom' : jurisdiction === 'FR' ? 'France' : 'not set (taken from the currency)'}${rate === undefined ? ', statutory rate' : `, contractual rate of ${rate}%`}`,
  segmentsTitle: 'Scenarios by segment',
  segment: (name, isDefault) => (isDefault ? `${name} (default)` : name),
  offsets: 'Steps after the due date',
  disabled: 'off',
  rules: (count) => (count === 0 ? 'No client rule.' : count === 1 ? '1 rule by client or domain.' : `${count} rules by client or domain.`),
  templatesTitle: 'Template previews',
  overridden: 'organisation template',
  builtIn: 'built-in template',
  firstRun: {
    title: 'Relance is not set up yet',
    intro: 'Before reminders can be written, your administrator must publish your company’s settings.',
    where: (url) => `Expected address of the file: ${url}`,
    what: [
      'identity.company: the company name that signs reminders',
      'bank.iban and bank.bic (or sortCode and accountNumber): where the client pays',
      'terms.jurisdiction: FR or UK, the late-payment law',
    ],
    example: 'Example to copy and adapt: examples/relance.settings.example.json.',
    guide: 'The deployment guide (docs/outlook.md) describes every field.',
  },
  exampleRefused: 'The settings still hold the example company: the reminder is not written. Tell your administrator.',
  reminderLanguage: 'Reminder language',
  languageNames: { fr: 'French', en: 'English' },
  languageFrom: {
    rule: 'from the client settings',
    client: 'from the client record',
    thread: 'from the language of the message',
    organisation: 'the organisation’s default language',
    chosen: 'chosen',
  },
  unset: '—',
  answers: {
    'answer-dispute': 'answer to a dispute',
    'answer-documents': 'documents requested',
    'answer-paid': 'answer to "already paid"',
    'answer-payment-plan': 'answer to a payment plan request',
  },
};

export const settingsStrings: Record<Language, SettingsStrings> = { fr, en };
