/**
 * French typography for text written by admins who cannot type a no-break space: before « : ; ? ! »
 * and inside guillemets, and after "n°", so a lone "?" or ":" never wraps onto the next line. A
 * narrow no-break space typed there becomes U+00A0 too: Relance keeps one convention in French.
 */
export function frenchTypography(text: string): string {
  return text.replace(/[ \u202f]([:;?!»])/g, '\u00a0$1').replace(/«[ \u202f]/g, '«\u00a0').replace(/\bn° /g, 'n°\u00a0');
}
