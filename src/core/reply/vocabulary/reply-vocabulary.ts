/**
 * The words of one language that readReply needs, as data. Every entry is a regular expression
 * source over folded text (lower case, no accents, plain apostrophes, single spaces), matched as
 * whole words; groups inside must not capture. Adding a phrase never needs code.
 */
import type { Language } from '../../model/language';

export type IntentCues = {
  /** An automatic reply: the whole message is an out-of-office. */
  outOfOffice: string[];
  /** The client contests the work, the goods, the amount, or is dissatisfied. */
  dispute: string[];
  /** The invoice was not received or not found; bank details or a purchase-order number are needed. */
  missingDocuments: string[];
  /** Instalments, more time, or a question asking to pay later. */
  paymentPlan: string[];
  /** The client says the payment was made. */
  paid: string[];
  /** A commitment to pay in the future. With a date it is a promise; without one it commits to nothing. */
  promise: string[];
  /** Acknowledged, forwarded, being looked at: the reminders go on. */
  noCommitment: string[];
};

export type DateWords = {
  /**
   * Words without which a sentence names no date, besides digits, months and weekdays: chrono is
   * not run on a sentence that has none of them, which is most sentences.
   */
  hints: string[];
  /** Numbers written as words, in delays ("d'ici dix jours", "within seven days"). */
  numbers: Record<string, number>;
  /** Month names and their common abbreviations. */
  months: Record<string, number>;
  /** Full weekday names: abbreviations ("mar", "sun") are too often ordinary words to be dates. */
  weekdays: string[];
  /** "lundi dernier", "last Monday": the weekday before the reply. */
  previousWeekday: string[];
  /** "lundi prochain", "next Monday". */
  nextWeekday: string[];
  /** The day the reply was written: "ce jour", "today". */
  today: string[];
  /** End of the current month ("fin de mois"); of the next one ("fin du mois prochain"). */
  endOfMonth: string[];
  endOfNextMonth: string[];
  /** Put before a month name for its last day: "fin mars", "end of March". */
  endOfNamedMonth: string[];
  /** The middle of the current month ("mi-mois"), of the next one ("mi-mois prochain"): its 15th. */
  midMonth: string[];
  midNextMonth: string[];
  /** Put right before a month name for its 15th, spacing included: "mi-" in "mi-avril", "mid-" in "mid-April". */
  midNamedMonth: string[];
  /** A day of the month alone, its number captured by the one group `(\d{1,2})`: "le 15", "the 20th". */
  dayOfMonth: string[];
  /** Put after dayOfMonth for the day of the next month: "le 15 du mois prochain". */
  ofNextMonth: string[];
  /** A recurring payment run on a day of the month, captured by the one group `(\d{1,2})`: "avec nos paiements du 5". */
  monthlyRun: string[];
  /** What introduces a delay: "sous", "d'ici", "within". */
  delayPrefixes: string[];
  /** Units of a delay and their length in days; business days skip the weekend. */
  delayUnits: Record<string, { days: number; businessDays?: boolean }>;
  /** Delays that are one word or a fixed phrase: "sous huitaine", "within a fortnight". */
  namedDelays: Record<string, number>;
  /** Friday of this week: "d'ici la fin de la semaine", "by the end of the week". */
  endOfThisWeek: string[];
  /** Monday of next week: "début de semaine prochaine", "next week". */
  startOfNextWeek: string[];
  /** Friday of next week: "fin de semaine prochaine", "end of next week". */
  endOfNextWeek: string[];
};

export type ReplyVocabulary = {
  language: Language;
  intents: IntentCues;
  /** Words of payment: with a date to come, "virement le 15" is a promise even without a verb. */
  paymentWords: string[];
  /** A commitment that depends on something else commits to nothing. */
  conditions: string[];
  /** Placed just before a paid or promise cue, they cancel it: "pas encore réglée", "not yet paid". */
  negations: string[];
  /** Just before a date, they make it the date of a document, not of a payment: "votre relance du 9 mars". */
  documentReferences: string[];
  /** Out-of-office: what introduces the day of return ("de retour le"). */
  returnMarkers: string[];
  /** A line of opening hours ("Office hours: Mon–Fri 8:30–5:00", "Horaires : du lundi au vendredi"): its days are no dates. */
  openingHours: string[];
  /** Out-of-office: what introduces the last day of absence ("jusqu'au"): the return is the next working day. */
  lastDayMarkers: string[];
  dates: DateWords;
};
