/**
 * Every failure a user sees, in words they can act on, in French or English: the core's own errors
 * field by field, the mailbox's by their code, anything else as "something unexpected". This is
 * the one table of messages; the shells show what it says.
 */
import { formatDate } from '../dates/format-date';
import { isIsoDate } from '../dates/is-iso-date';
import { isMailboxError, type MailboxErrorCode } from '../mailbox/mailbox-error';
import type { Language } from '../model/language';
import { fieldLabel } from './field-labels';
import { type ErrorCode, type FieldIssue, type FieldProblem, isRelanceError } from './relance-error';

const titles: Record<ErrorCode | MailboxErrorCode | 'unexpected', Record<Language, string>> = {
  'invalid-input': { fr: 'Certaines informations sont invalides.', en: 'Some details are not valid.' },
  'missing-fields': {
    fr: 'La relance ne peut pas être rédigée\u00a0: il manque des informations.',
    en: 'The reminder cannot be written: some details are missing.',
  },
  'unknown-step': { fr: 'Étape de relance inconnue.', en: 'Unknown reminder step.' },
  'template-error': {
    fr: 'Le modèle de relance contient une erreur.',
    en: 'The reminder template has an error.',
  },
  'penalty-currency': {
    fr: "Pas de lettre de pénalités\u00a0: aucune loi applicable n’est configurée pour la devise de cette facture.",
    en: 'No penalties letter: no governing law is set for the currency of this invoice.',
  },
  'no-governing-law': {
    fr: "Pas de lettre de pénalités\u00a0: la loi applicable n’est pas configurée.",
    en: 'No penalties letter: the governing law is not set.',
  },
  'rates-outdated': {
    fr: "Les pénalités ne peuvent pas être calculées\u00a0: la table des taux de référence n’est pas à jour.",
    en: 'Penalties cannot be computed: the table of reference rates is out of date.',
  },
  'rates-unavailable': {
    fr: 'Les pénalités ne peuvent pas être calculées\u00a0: la table des taux de référence ne remonte pas assez loin.',
    en: 'Penalties cannot be computed: the table of reference rates does not go back far enough.',
  },
  'invalid-import': {
    fr: "Ce fichier n’est pas une sauvegarde du journal de Relance que cette version sait lire\u00a0: rien n’a été importé.",
    en: 'This file is not a Relance log backup this version can read: nothing was imported.',
  },
  offline: { fr: 'Pas de connexion réseau\u00a0: réessayez une fois reconnecté.', en: 'No network connection: try again once you are back online.' },
  throttled: { fr: 'Le serveur de messagerie demande de patienter avant de réessayer.', en: 'The mail server asks us to wait before trying again.' },
  'server-error': { fr: 'Le serveur de messagerie ne répond pas correctement\u00a0: réessayez dans un instant.', en: 'The mail server is not responding properly: try again in a moment.' },
  'consent-required': {
    fr: "Relance n’a pas encore l’autorisation de modifier vos messages\u00a0: votre administrateur doit donner son consentement.",
    en: 'Relance is not yet allowed to update your messages: your administrator must grant consent.',
  },
  'sign-in-required': {
    fr: 'Connectez-vous à votre compte Microsoft depuis Relance (bouton «\u00a0Se connecter\u00a0») pour continuer.',
    en: 'Sign in to your Microsoft account from Relance (the "Sign in" button) to continue.',
  },
  'not-authorized': { fr: 'Accès refusé par votre messagerie.', en: 'Access denied by your mailbox.' },
  'storage-full': {
    fr: "L’espace de stockage du journal est plein\u00a0: exportez-le en CSV puis archivez les promesses soldées.",
    en: 'The log storage is full: export it as CSV, then archive settled promises.',
  },
  conflict: {
    fr: 'Le journal a été modifié ailleurs au même moment\u00a0: réessayez.',
    en: 'The log was changed elsewhere at the same moment: try again.',
  },
  'unreadable-record': {
    fr: "Le suivi de cette facture a été enregistré dans un format que cette version de Relance ne lit pas, ou modifié à la main\u00a0: il est conservé tel quel et rien n’y est écrit.",
    en: 'The follow-up of this invoice was saved in a format this version of Relance cannot read, or edited by hand: it is kept as it is and nothing is written over it.',
  },
  'item-not-found': { fr: "Ce message n’est plus disponible.", en: 'This message is no longer available.' },
  unsupported: { fr: 'Votre messagerie ne permet pas cette action.', en: 'Your mail client does not support this action.' },
  'host-error': { fr: 'La messagerie a renvoyé une erreur.', en: 'The mail client returned an error.' },
  unexpected: { fr: 'Une erreur inattendue est survenue.', en: 'Something unexpected went wrong.' },
};

type Describe = (label: string, limit: number | undefined, issue: FieldIssue, language: Language) => string;

const day = (date: string | undefined, language: Language) => (date && isIsoDate(date) ? formatDate(date, language) : (date ?? ''));
const percent = (value: number | undefined, language: Language) =>
  value === undefined ? '' : language === 'fr' ? `${value.toFixed(2).replace('.', ',')}\u00a0%` : `${value.toFixed(2)}%`;

const problems: Record<FieldProblem, Record<Language, Describe>> = {
  required: { fr: (l) => `${l}\u00a0: obligatoire`, en: (l) => `${l}: required` },
  'invalid-date': {
    fr: (l) => `${l}\u00a0: date invalide (format attendu AAAA-MM-JJ)`,
    en: (l) => `${l}: not a valid date (expected YYYY-MM-DD)`,
  },
  'due-before-issue': {
    fr: (l) => `${l}\u00a0: ne peut pas précéder la date d’émission`,
    en: (l) => `${l}: cannot be before the issue date`,
  },
  'not-positive': { fr: (l) => `${l}\u00a0: doit être supérieur à zéro`, en: (l) => `${l}: must be more than zero` },
  negative: { fr: (l) => `${l}\u00a0: ne peut pas être négatif`, en: (l) => `${l}: cannot be negative` },
  'exceeds-amount': {
    fr: (l) => `${l}\u00a0: ne peut pas dépasser le montant de la facture`,
    en: (l) => `${l}: cannot exceed the invoice amount`,
  },
  'settles-invoice': {
    fr: (l) => `${l}\u00a0: couvrent toute la facture\u00a0; si elle est soldée, indiquez-la comme payée`,
    en: (l) => `${l}: cover the whole invoice; if it is settled, record it as paid`,
  },
  'payments-mismatch': {
    fr: (l) => `${l}\u00a0: ne correspond pas au montant de la facture diminué des acomptes reçus`,
    en: (l) => `${l}: does not match the invoice amount less the part payments received`,
  },
  'in-past': {
    fr: (l) => `${l}\u00a0: est déjà passée, indiquez une date à venir`,
    en: (l) => `${l}: has already passed, enter a date still to come`,
  },
  unreadable: { fr: (l) => `${l}\u00a0: illisible`, en: (l) => `${l}: unreadable` },
  'unknown-format': {
    fr: (l) => `${l}\u00a0: format d’une autre version de Relance`,
    en: (l) => `${l}: written by another version of Relance`,
  },
  'in-future': {
    fr: (l) => `${l}\u00a0: ne peut pas être postérieure à aujourd’hui`,
    en: (l) => `${l}: cannot be later than today`,
  },
  'unknown-currency': {
    fr: (l) => `${l}\u00a0: devise inconnue (code ISO 4217 attendu, ex. EUR)`,
    en: (l) => `${l}: unknown currency (expected an ISO 4217 code such as GBP)`,
  },
  'currency-mismatch': {
    fr: (l) => `${l}\u00a0: toutes les factures d’une relance doivent être dans la même devise`,
    en: (l) => `${l}: all invoices in one reminder must be in the same currency`,
  },
  'invalid-email': { fr: (l) => `${l}\u00a0: adresse e-mail invalide`, en: (l) => `${l}: not a valid email address` },
  'invalid-iban': { fr: (l) => `${l}\u00a0: IBAN invalide`, en: (l) => `${l}: not a valid IBAN` },
  'invalid-bic': { fr: (l) => `${l}\u00a0: BIC invalide (8 ou 11 caractères)`, en: (l) => `${l}: not a valid BIC (8 or 11 characters)` },
  'invalid-number': { fr: (l) => `${l}\u00a0: nombre invalide`, en: (l) => `${l}: not a valid number` },
  'finer-than-currency': {
    fr: (l) => `${l}\u00a0: plus de décimales que la devise n’en compte (ex. 0,001 € n’existe pas)`,
    en: (l) => `${l}: more decimals than the currency has (0.001 EUR does not exist, for instance)`,
  },
  'below-legal-floor': {
    fr: (l, _n, i, lang) =>
      `${l}\u00a0: inférieur au minimum légal, trois fois le taux d’intérêt légal (article L441-10 du Code de commerce)${i.date ? `, soit ${percent(i.floor, lang)} pour le semestre commençant le ${day(i.date, lang)}` : ''}`,
    en: (l, _n, i, lang) =>
      `${l}: below the legal minimum of three times the French legal interest rate (Article L441-10 of the Code de commerce)${i.date ? `, that is ${percent(i.floor, lang)} for the half-year from ${day(i.date, lang)}` : ''}`,
  },
  'unknown-jurisdiction': {
    fr: (l) => `${l}\u00a0: loi applicable inconnue (FR ou UK attendu\u00a0; le multiple du taux légal n’existe qu’en droit français)`,
    en: (l) => `${l}: unknown governing law (FR or UK expected; a multiple of the legal rate exists only under French law)`,
  },
  'no-governing-law': {
    fr: (l) =>
      `${l}\u00a0: aucune loi n’est configurée pour cette facture. La loi se règle dans les paramètres (conditions de pénalités)\u00a0; elle ne se déduit jamais de la devise, et la loi française comme la loi britannique fixent l’indemnité dans leur propre devise (EUR, GBP)`,
    en: (l) =>
      `${l}: no governing law is set for this invoice. The law is a setting (penalty terms), never guessed from the currency, and French and UK law each fix the indemnity in their own currency (EUR, GBP)`,
  },
  'duplicate-invoice': {
    fr: (l) => `${l}\u00a0: cette facture figure déjà dans la relance`,
    en: (l) => `${l}: this invoice is already in the reminder`,
  },
  'invalid-sort-code': { fr: (l) => `${l}\u00a0: sort code invalide (6 chiffres, ex. 20-20-15)`, en: (l) => `${l}: not a valid sort code (6 digits, e.g. 20-20-15)` },
  'invalid-account-number': {
    fr: (l) => `${l}\u00a0: numéro de compte britannique invalide (8 chiffres)`,
    en: (l) => `${l}: not a valid UK account number (8 digits)`,
  },
  'unknown-legal-form': {
    fr: (l) => `${l}\u00a0: forme inconnue (société, entrepreneur individuel ou personne publique)`,
    en: (l) => `${l}: unknown legal form (company, sole trader or public body)`,
  },
  'rates-outdated': {
    fr: (l, _n, i, lang) =>
      `${l}\u00a0: connus jusqu’au ${day(i.knownUntil, lang)} seulement, alors qu’il faut le taux du ${day(i.date, lang)}. L’administrateur doit mettre à jour la table des taux`,
    en: (l, _n, i, lang) =>
      `${l}: known up to ${day(i.knownUntil, lang)} only, and the rate of ${day(i.date, lang)} is needed. An administrator must update the rate table`,
  },
  'before-rate-table': {
    fr: (l, _n, i, lang) =>
      `${l}\u00a0: la table commence le ${day(i.knownFrom, lang)}, alors qu’il faut le taux du ${day(i.date, lang)}. L’administrateur doit compléter la table des taux`,
    en: (l, _n, i, lang) =>
      `${l}: the table starts on ${day(i.knownFrom, lang)}, and the rate of ${day(i.date, lang)} is needed. An administrator must extend the rate table`,
  },
  'too-long': {
    fr: (l, n) => `${l}\u00a0: trop long (${n} caractères au plus)`,
    en: (l, n) => `${l}: too long (${n} characters at most)`,
  },
};

export type ErrorDescription = { title: string; details: string[] };

export function describeIssue(issue: FieldIssue, language: Language): string {
  return problems[issue.problem][language](fieldLabel(issue.field, language), issue.limit, issue, language);
}

export function describeError(error: unknown, language: Language): ErrorDescription {
  if (isMailboxError(error)) {
    const title = titles[error.code][language];
    const wait = error.code === 'throttled' && error.retryAfterSeconds ? ` (${error.retryAfterSeconds}\u00a0s)` : '';
    return { title: `${title}${wait}`, details: [] };
  }
  if (!isRelanceError(error)) return { title: titles.unexpected[language], details: [] };
  return { title: titles[error.code][language], details: error.issues.map((issue) => describeIssue(issue, language)) };
}
