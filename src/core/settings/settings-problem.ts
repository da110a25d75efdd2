/** What is wrong in a settings document, at its path (`scenarios.sme.escalation[2].offsetDays`), in French or English. */
import type { Language } from '../model/language';
import { describeTemplateProblem, type TemplateProblem } from '../templates/template-problem';

export type SettingsProblemCode =
  | 'required'
  | 'wrong-type'
  | 'unknown-field'
  | 'unsupported-version'
  | 'not-one-of'
  | 'out-of-range'
  | 'too-long'
  | 'too-many'
  | 'invalid-email'
  | 'invalid-domain'
  | 'invalid-iban'
  | 'invalid-bic'
  | 'invalid-sort-code'
  | 'invalid-account-number'
  | 'not-in-order'
  | 'duplicate'
  | 'unknown-segment'
  | 'one-of-email-or-domain'
  | 'template';

export type SettingsProblem = {
  path: string;
  code: SettingsProblemCode;
  /** What was expected: a type (`text`, `number`, …), a list of values, or a range. */
  expected?: string;
  template?: TemplateProblem;
};

type Describe = (expected: string) => string;

const typeNames: Record<string, Record<Language, string>> = {
  text: { fr: 'un texte', en: 'a text' },
  number: { fr: 'un nombre', en: 'a number' },
  integer: { fr: 'un nombre entier', en: 'a whole number' },
  boolean: { fr: 'true ou false', en: 'true or false' },
  list: { fr: 'une liste', en: 'a list' },
  object: { fr: 'un objet { … }', en: 'an object { … }' },
};

const messages: Record<Exclude<SettingsProblemCode, 'template'>, Record<Language, Describe>> = {
  required: { fr: () => 'obligatoire', en: () => 'required' },
  'wrong-type': {
    fr: (e) => `doit être ${typeNames[e]?.fr ?? e}`,
    en: (e) => `must be ${typeNames[e]?.en ?? e}`,
  },
  'unknown-field': {
    fr: () => 'champ inconnu (faute de frappe\u00a0? il n\u2019est pas pris en compte)',
    en: () => 'unknown field (a typo? it is not used)',
  },
  'unsupported-version': {
    fr: (e) => `version non prise en charge (attendue\u00a0: ${e})`,
    en: (e) => `unsupported version (expected ${e})`,
  },
  'not-one-of': { fr: (e) => `valeur inattendue (attendue\u00a0: ${e})`, en: (e) => `unexpected value (expected ${e})` },
  'out-of-range': { fr: (e) => `hors limites (attendu\u00a0: ${e})`, en: (e) => `out of range (expected ${e})` },
  'too-long': { fr: (e) => `trop long (${e} caractères au plus)`, en: (e) => `too long (${e} characters at most)` },
  'too-many': { fr: (e) => `trop d\u2019éléments (${e} au plus)`, en: (e) => `too many items (${e} at most)` },
  'invalid-email': { fr: () => 'adresse e-mail invalide', en: () => 'not a valid email address' },
  'invalid-domain': {
    fr: () => 'nom de domaine invalide (ex. durand-btp.fr, sans @)',
    en: () => 'not a valid domain name (e.g. northgate.co.uk, without @)',
  },
  'invalid-iban': { fr: () => 'IBAN invalide (clé de contrôle incorrecte)', en: () => 'not a valid IBAN (wrong check digits)' },
  'invalid-bic': { fr: () => 'BIC invalide (8 ou 11 caractères)', en: () => 'not a valid BIC (8 or 11 characters)' },
  'invalid-sort-code': { fr: () => 'sort code invalide (6 chiffres, ex. 20-00-00)', en: () => 'not a valid sort code (6 digits, e.g. 20-00-00)' },
  'invalid-account-number': { fr: () => 'numéro de compte invalide (8 chiffres)', en: () => 'not a valid account number (8 digits)' },
  'not-in-order': {
    fr: (e) => `les étapes doivent se suivre dans l\u2019ordre, à des délais croissants (${e})`,
    en: (e) => `steps must follow in order, at increasing offsets (${e})`,
  },
  duplicate: { fr: () => 'en double', en: () => 'duplicated' },
  'unknown-segment': {
    fr: (e) => `segment inconnu (segments définis\u00a0: ${e})`,
    en: (e) => `unknown segment (defined segments: ${e})`,
  },
  'one-of-email-or-domain': {
    fr: () => 'indiquez soit «\u00a0email\u00a0», soit «\u00a0domain\u00a0», pas les deux ni aucun',
    en: () => 'give either "email" or "domain", not both nor neither',
  },
};

/** "scenarios.sme.escalation[2].offsetDays : hors limites (attendu : 1 à 365)" */
export function describeSettingsProblem(problem: SettingsProblem, language: Language): string {
  if (problem.code === 'template' && problem.template) return `${problem.path} \u2192 ${describeTemplateProblem(problem.template, language)}`;
  const describe = messages[problem.code as Exclude<SettingsProblemCode, 'template'>];
  const text = describe[language](problem.expected ?? '');
  return language === 'fr' ? `${problem.path}\u00a0: ${text}` : `${problem.path}: ${text}`;
}
