/**
 * The headers that mark an automatic reply, read one by one: Apps Script has no call for the whole
 * block. `GmailMessage.getHeader(name)` answers "" when the header is absent or cannot be read
 * (Apps Script reference, class GmailMessage, getHeader), so empty values are left out.
 */
const names = ['Auto-Submitted', 'X-Auto-Response-Suppress', 'Precedence'];

export function autoReplyHeaders(getHeader: (name: string) => string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of names) {
    const value = String(getHeader(name) ?? '').trim();
    if (value !== '') headers[name.toLowerCase()] = value;
  }
  return headers;
}
