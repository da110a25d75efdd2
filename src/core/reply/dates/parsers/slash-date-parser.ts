/**
 * "15/03", "3/31", "05/06/2026": day first for French and British writers, month first for
 * American ones; a part above 12 settles it either way ("3/31" is 31 March from anyone).
 */
import type { Parser, ParsingContext } from 'chrono-node';

export class SlashDateParser implements Parser {
  constructor(private readonly monthFirst: boolean) {}

  pattern(): RegExp {
    return /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/]|\.\d)/;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const monthFirst = first > 12 ? false : second > 12 ? true : this.monthFirst;
    const [month, day] = monthFirst ? [first, second] : [second, first];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const components = context.createParsingComponents({ day, month }).addTag('relance/slashDate');
    const written = match[3];
    if (written) components.assign('year', written.length === 2 ? 2000 + Number(written) : Number(written));
    else components.imply('year', context.refDate.getFullYear());
    return components;
  }
}
