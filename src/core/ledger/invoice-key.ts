/**
 * Invoice numbers compare without case, spaces or the "n°" people type in front of them. "No" is a
 * prefix only when a dot, a space or a digit's separator follows it: "NOV-001" is not "V-001".
 */
export function invoiceKey(number: string): string {
  return number
    .replace(/^\s*n\s*[°º]\s*/i, '')
    .normalize('NFKC')
    .toUpperCase()
    .replace(/^(?:NO[.\s]|#)\s*/, '')
    .replace(/\s+/g, '');
}
