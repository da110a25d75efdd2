/**
 * Days written short, as in a text message: "weds", "tues", "sat", "après-demain", "yday", "just
 * now". A weekday is the next one after the reply for a promise and the last one (today
 * included) for a payment, as credit managers log them.
 */
import { addDays } from 'date-fns';
import type { Parser, ParsingContext } from 'chrono-node';
import type { Language } from '../../../model/language';
import { dayComponents } from '../calendar-day';
import { wordPattern } from '../word-pattern';

const weekdays: Record<Language, Record<string, number>> = {
  en: { mon: 1, tue: 2, tues: 2, wed: 3, weds: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 0 },
  fr: {},
};
/** Days counted from the reply, by group name. */
const offsets: Record<Language, Record<'plus2' | 'minus2' | 'minus1' | 'zero', string>> = {
  fr: { plus2: 'apres-demain|apres demain', minus2: 'avant-hier|avant hier', minus1: 'hier soir', zero: "a l'instant|tout a l'heure" },
  en: {
    plus2: '(?:the )?day after tomorrow',
    minus2: '(?:the )?day before yesterday',
    minus1: 'yday|yest',
    zero: 'just now|earlier today|(?:just )?a moment ago|just(?= (?:paid|sent|transferred|made|done|settled|processed|released|pushed|put|authori[sz]ed|approved)\\b)',
  },
};
const dayIntroducers = 'paid|pay|payment|on|by|til|till|until|this|next|last|u|it|sent|done|since|from|before|out|sort|sorted|transfer|transferred|ready|due|ok|okay|over|friday|-';
const offsetOf = { plus2: 2, minus2: -2, minus1: -1, zero: 0 } as const;

export class ShortDayParser implements Parser {
  private readonly regex: RegExp;

  constructor(private readonly language: Language) {
    const days = Object.keys(weekdays[language]);
    // "sat", "wed", "sun" are words too ("we sat down"): a short day counts after a word that introduces a day.
    const weekday = days.length ? [`(?<=(?:${dayIntroducers}) )(?<weekday>${days.join('|')})|(?<weekdayAlone>tues|weds|thurs)`] : [];
    const parts = [...Object.entries(offsets[language]).map(([name, pattern]) => `(?<${name}>${pattern})`), ...weekday];
    this.regex = wordPattern(parts.join('|'));
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const reference = context.refDate;
    const weekday = match.groups?.weekday ?? match.groups?.weekdayAlone;
    if (weekday) {
      const target = weekdays[this.language][weekday] ?? 0;
      const forward = context.option.forwardDate === true;
      const gap = forward ? ((target - reference.getDay() + 6) % 7) + 1 : -((reference.getDay() - target + 7) % 7);
      return context.createParsingComponents(dayComponents(addDays(reference, gap))).addTag('relance/shortDay');
    }
    const group = (Object.keys(offsetOf) as Array<keyof typeof offsetOf>).find((name) => match.groups?.[name] !== undefined) ?? 'zero';
    const offset = offsetOf[group];
    return context.createParsingComponents(dayComponents(addDays(reference, offset))).addTag('relance/shortDay');
  }
}
