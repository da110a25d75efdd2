/**
 * Whether a mail's own headers say a machine answered: RFC 3834 `Auto-Submitted` (any value but
 * "no"), Exchange's `X-Auto-Response-Suppress` and `Precedence: auto_reply`. A sender's software
 * sets them, so they outweigh whatever the wording suggests.
 */
export type InternetHeaders = Readonly<Record<string, string | undefined>>;

function header(headers: InternetHeaders, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === wanted) return String(headers[key] ?? '').trim().toLowerCase();
  return undefined;
}

export function isAutoReply(headers: InternetHeaders | undefined): boolean {
  if (!headers || typeof headers !== 'object') return false;
  const submitted = header(headers, 'Auto-Submitted');
  if (submitted !== undefined && submitted !== '' && submitted !== 'no') return true;
  const suppress = header(headers, 'X-Auto-Response-Suppress');
  if (suppress !== undefined && suppress !== '') return true;
  return header(headers, 'Precedence') === 'auto_reply';
}
