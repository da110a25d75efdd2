/**
 * Text folded the way vocabularies are written: lower case, no accents, plain apostrophes and
 * single spaces. Clients often type without accents, so "reglee" and "réglée" must read alike.
 */
const combiningMarks = /[\u0300-\u036f]/g;
const apostrophes = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const quotes = /[\u00ab\u00bb\u201c\u201d]/g;
const dashes = /[\u2010-\u2015]/g;
const spaces = /\s+/g;

const nonAscii = /[^\x00-\x7f]/;

export function normalizeForMatching(text: string): string {
  // Most mail lines are plain ASCII: they need no Unicode decomposition, the costly step.
  if (!nonAscii.test(text)) return text.toLowerCase().replace(/`/g, "'").replace(spaces, ' ').trim();
  return text
    .normalize('NFD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(/\u0153/g, 'oe')
    .replace(/\u00e6/g, 'ae')
    .replace(apostrophes, "'")
    .replace(quotes, '"')
    .replace(dashes, '-')
    .replace(spaces, ' ')
    .trim();
}
