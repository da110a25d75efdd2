/** The words of the settings card, the template editor and the first-run card, in French and English. */
import type { Language } from '../../core';

export type SettingsStrings = {
  title: string;
  open: string;
  status: string;
  states: { missing: string; unreadable: string; example: string; ok: string; legacy: string };
  problems: (count: number) => string;
  noProblems: string;
  personal: { title: string; name: string; role: string; phone: string; signature: string; save: string; saved: string };
  organisation: { title: string; hint: string; field: string; save: string; saved: string; notJson: (detail: string) => string; refused: string; example: string; conflict: string; tooLong: string };
  notAdmin: string;
  templates: { title: string; choose: string; edit: string; field: string; preview: string; save: string; saved: string; refused: string; previewTitle: string; subject: string; back: string; fixDocumentFirst: string };
  firstRun: { title: string; intro: string; admins: string; what: string; guide: string };
  exampleRefused: string;
  reminderLanguage: string;
  languageNames: Record<Language, string>;
};

const fr: SettingsStrings = {
  title: 'Paramètres de Relance',
  open: 'Ouvrir les paramètres',
  status: 'État',
  states: {
    missing: 'Relance n’est pas encore configurée pour votre société.',
    unreadable: 'Les paramètres enregistrés sont illisibles (JSON invalide)\u00a0: un administrateur doit les corriger ci-dessous.',
    example: 'Les paramètres contiennent encore la société d’exemple («\u00a0Votre Société SAS\u00a0») ou son IBAN\u00a0: aucune relance ne sera rédigée.',
    ok: 'Paramètres de l’organisation enregistrés.',
    legacy: 'Paramètres lus dans les anciennes propriétés de script (SENDER_…)\u00a0; ils seront remplacés au premier enregistrement ci-dessous.',
  },
  problems: (count) => (count === 1 ? '1 problème à corriger\u00a0:' : `${count} problèmes à corriger\u00a0:`),
  noProblems: 'Aucun problème dans les paramètres.',
  personal: {
    title: 'Vos paramètres',
    name: 'Votre nom',
    role: 'Votre fonction',
    phone: 'Votre ligne directe',
    signature: 'Ligne de signature (facultatif)',
    save: 'Enregistrer mes paramètres',
    saved: 'Vos paramètres sont enregistrés.',
  },
  organisation: {
    title: 'Paramètres de l’organisation',
    hint: 'Document JSON décrit dans docs/gmail.md (modèle\u00a0: examples/relance.settings.example.json). Il est vérifié avant d’être enregistré.',
    field: 'Paramètres (JSON)',
    save: 'Enregistrer les paramètres de l’organisation',
    saved: 'Les paramètres de l’organisation sont enregistrés.',
    notJson: (detail) => `Ce n’est pas un JSON valide (${detail})\u00a0: rien n’a été enregistré.`,
    refused: 'Rien n’a été enregistré\u00a0: corrigez d’abord ces problèmes.',
    example: 'Rien n’a été enregistré\u00a0: remplacez la société et l’IBAN d’exemple par les vôtres.',
    conflict: 'Un autre administrateur a enregistré des paramètres entre-temps\u00a0: rouvrez les paramètres, puis refaites votre modification.',
    tooLong: 'Rien n’a été enregistré\u00a0: les paramètres dépassent la taille que les propriétés de script peuvent garder.',
  },
  notAdmin: 'Seuls les administrateurs listés dans la propriété de script RELANCE_ADMINS modifient les paramètres de l’organisation et les modèles.',
  templates: {
    title: 'Modèles de relance',
    choose: 'Modèle',
    edit: 'Modifier ce modèle',
    field: 'Texte du modèle',
    preview: 'Aperçu',
    save: 'Enregistrer le modèle',
    saved: 'Le modèle est enregistré\u00a0: la prochaine relance l’utilisera.',
    refused: 'Le modèle n’est pas enregistré\u00a0:',
    previewTitle: 'Aperçu avec un client fictif',
    subject: 'Objet\u00a0:',
    back: 'Retour aux paramètres',
    fixDocumentFirst: 'Les paramètres enregistrés sont illisibles\u00a0: corrigez-les avant de modifier un modèle.',
  },
  firstRun: {
    title: 'Bienvenue dans Relance',
    intro: 'Avant de rédiger des relances, les paramètres de votre société doivent être renseignés.',
    admins: 'Qui\u00a0: un administrateur dont l’adresse figure dans la propriété de script RELANCE_ADMINS (Paramètres du projet Apps Script).',
    what: 'Quoi\u00a0: la raison sociale (identity.company), les coordonnées bancaires (bank.iban et bank.bic) et le droit applicable (terms.jurisdiction), dans Paramètres > Paramètres de l’organisation.',
    guide: 'Chacun renseigne ensuite son nom, sa fonction et sa ligne directe dans Paramètres > Vos paramètres.',
  },
  exampleRefused: 'Les paramètres contiennent encore la société d’exemple\u00a0: la relance n’est pas rédigée. Prévenez votre administrateur.',
  reminderLanguage: 'Langue de la relance',
  languageNames: { fr: 'Français', en: 'Anglais' },
};

const en: SettingsStrings = {
  title: 'Relance settings',
  open: 'Open settings',
  status: 'Status',
  states: {
    missing: 'Relance is not set up for your company yet.',
    unreadable: 'The saved settings cannot be read (invalid JSON): an administrator must fix them below.',
    example: 'The settings still hold the example company ("Votre Société SAS") or its IBAN: no reminder will be written.',
    ok: 'Organisation settings saved.',
    legacy: 'Settings read from the older script properties (SENDER_…); the first save below replaces them.',
  },
  problems: (count) => (count === 1 ? '1 problem to fix:' : `${count} problems to fix:`),
  noProblems: 'No problem in the settings.',
  personal: {
    title: 'Your settings',
    name: 'Your name',
    role: 'Your role',
    phone: 'Your direct line',
    signature: 'Signature line (optional)',
    save: 'Save my settings',
    saved: 'Your settings are saved.',
  },
  organisation: {
    title: 'Organisation settings',
    hint: 'The JSON document described in docs/gmail.md (example: examples/relance.settings.example.json). It is checked before it is saved.',
    field: 'Settings (JSON)',
    save: 'Save organisation settings',
    saved: 'The organisation settings are saved.',
    notJson: (detail) => `This is not valid JSON (${detail}): nothing was saved.`,
    refused: 'Nothing was saved: fix these problems first.',
    example: 'Nothing was saved: replace the example company and IBAN with yours.',
    conflict: 'Another administrator saved settings meanwhile: reopen the settings, then make your change again.',
    tooLong: 'Nothing was saved: the settings exceed what script properties can hold.',
  },
  notAdmin: 'Only the administrators listed in the RELANCE_ADMINS script property change the organisation settings and templates.',
  templates: {
    title: 'Reminder templates',
    choose: 'Template',
    edit: 'Edit this template',
    field: 'Template text',
    preview: 'Preview',
    save: 'Save template',
    saved: 'The template is saved: the next reminder uses it.',
    refused: 'The template is not saved:',
    previewTitle: 'Preview with a fictitious client',
    subject: 'Subject:',
    back: 'Back to settings',
    fixDocumentFirst: 'The saved settings cannot be read: fix them before editing a template.',
  },
  firstRun: {
    title: 'Welcome to Relance',
    intro: 'Before reminders can be written, your company’s settings must be filled in.',
    admins: 'Who: an administrator whose address is in the RELANCE_ADMINS script property (Apps Script project settings).',
    what: 'What: the company name (identity.company), the bank details (bank.iban and bank.bic) and the governing law (terms.jurisdiction), in Settings > Organisation settings.',
    guide: 'Then each user fills in their name, role and direct line in Settings > Your settings.',
  },
  exampleRefused: 'The settings still hold the example company: the reminder is not written. Tell your administrator.',
  reminderLanguage: 'Reminder language',
  languageNames: { fr: 'French', en: 'English' },
};

export const settingsStrings: Record<Language, SettingsStrings> = { fr, en };
