/** A header as the vocabulary writes it: lower case, no accents, "n°"/"#" as "n", punctuation as single spaces. */
export function foldHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/n°|#/g, 'n ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
