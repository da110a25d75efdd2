/** A text without the given characters at its end, in one pass: `/[…]+$/` rescans from every start and costs n² on a long run. */
export function trimTrailing(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1] ?? '')) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** A text without the given characters at its start. */
export function trimLeading(text: string, characters: string): string {
  let start = 0;
  while (start < text.length && characters.includes(text[start] ?? '')) start += 1;
  return start === 0 ? text : text.slice(start);
}

/** Every white-space character a mail may hold, no-break spaces included. */
export const whiteSpace = ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
