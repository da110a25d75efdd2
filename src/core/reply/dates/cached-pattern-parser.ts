/**
 * A chrono parser whose pattern is compiled once per reading direction. Some of chrono's French
 * parsers build a new RegExp on every call, which was half the time of a reply; their patterns
 * depend on nothing but the `forwardDate` option, so one per direction is enough.
 */
import type { Parser, ParsingContext } from 'chrono-node';

export class CachedPatternParser implements Parser {
  private readonly patterns = new Map<boolean, RegExp>();

  constructor(private readonly inner: Parser) {}

  pattern(context: ParsingContext): RegExp {
    const forward = context.option.forwardDate === true;
    let pattern = this.patterns.get(forward);
    if (!pattern) {
      pattern = this.inner.pattern(context);
      this.patterns.set(forward, pattern);
    }
    return pattern;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    return this.inner.extract(context, match);
  }
}
