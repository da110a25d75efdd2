/** Invoice numbers compare without case, spaces or the "n°" people type in front of them. */
export function invoiceKey(number: string): string {
  return number
    .normalize('NFKC')
    .toUpperCase()
    .replace(/^(?:N°|NO\.?|#)\s*/, '')
    .replace(/\s+/g, '');
}
