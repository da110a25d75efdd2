/** A chrono parser pattern from vocabulary phrases, bounded by non-letters as chrono's own patterns are. */
const letterOrDigit = '[\\p{L}\\p{N}]';

export function wordPattern(source: string): RegExp {
  return new RegExp(`(?<!${letterOrDigit})(?:${source})(?!${letterOrDigit})`, 'u');
}

/** Alternatives tried longest first, so "septembre" wins over "sept" and "dans les" over "dans". */
export function alternatives(phrases: Iterable<string>): string {
  return [...phrases].sort((a, b) => b.length - a.length).join('|');
}
