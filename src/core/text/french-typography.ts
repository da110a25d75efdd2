/**
 * French typography for text written by admins who cannot type a no-break space: before « : ; ? ! »
 * and inside guillemets, and after "n°", so a lone "?" or ":" never wraps onto the next line.
 */
export function frenchTypography(text: string): string {
  return text.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0').replace(/\bn° /g, 'n°\u00a0');
}
