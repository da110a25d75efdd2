/**
 * "début juin", "early June", "début du mois prochain", "the beginning of next month": the 10th of
 * that month, the day credit managers log for it. A named month is the one ahead of the reply
 * for a promise, behind it for a payment.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import type { Language } from '../../../model/language';
import type { DateWords } from '../../vocabulary/reply-vocabulary';
import { dayComponents, dayOfMonth } from '../calendar-day';
import { alternatives, wordPattern } from '../word-pattern';

const earlyDay = 10;

const starts: Record<Language, { named: string; next: string }> = {
  fr: { named: "(?:tout )?debut (?:de |d'|du mois de )?", next: "(?:tout )?debut (?:du )?mois prochain|(?:tout )?debut (?:de )?(?:l'|le )?mois (?:suivant|d'apres)" },
  en: { named: '(?:early|(?:the )?(?:beginning|start) of) ', next: '(?:early|(?:the )?(?:beginning|start) of) (?:next|the next|the coming) month' },
};

export class EarlyMonthParser implements Parser {
  private readonly regex: RegExp;

  constructor(private readonly words: DateWords, language: Language) {
    const months = alternatives(Object.keys(words.months));
    this.regex = wordPattern(`(?<next>${starts[language].next})|${starts[language].named}(?<month>${months})(?![\\p{L}])(?: (?<year>\\d{4}))?`);
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const reference = context.refDate;
    const groups = match.groups ?? {};
    let day: Date | undefined;
    if (groups.next) day = dayOfMonth(reference, 1, earlyDay);
    else {
      const month = (this.words.months[groups.month ?? ''] ?? 1) - 1;
      if (groups.year) day = new Date(Number(groups.year), month, earlyDay);
      else {
        const thisYear = new Date(reference.getFullYear(), month, earlyDay);
        const forward = context.option.forwardDate === true;
        const sameMonth = reference.getMonth() === month && reference.getFullYear() === thisYear.getFullYear();
        // Said in June, "début juin" is this month's, even after the 10th.
        if (sameMonth) day = thisYear;
        else if (forward) day = thisYear >= reference ? thisYear : new Date(reference.getFullYear() + 1, month, earlyDay);
        else day = thisYear <= reference ? thisYear : new Date(reference.getFullYear() - 1, month, earlyDay);
      }
    }
    return day ? context.createParsingComponents(dayComponents(day)).addTag('relance/earlyMonth') : null;
  }
}
