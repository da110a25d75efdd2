/**
 * A mail's header block (RFC 5322: "Name: value" lines, continued on lines that start with a space
 * or a tab) as a map of names to values. The first occurrence of a name wins: it is the one the
 * last server added, nearest to the sender's own. Read by scanning, never by one pattern.
 */
const headerLimit = 100_000;

export function parseInternetHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let name: string | undefined;
  let value = '';
  const flush = () => {
    if (name && !(name in headers)) headers[name] = value.trim();
  };
  for (const line of String(block ?? '').slice(0, headerLimit).split(/\r?\n/)) {
    if (line === '') break;
    if ((line.startsWith(' ') || line.startsWith('\t')) && name) {
      value += ` ${line.trim()}`;
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : undefined;
    value = colon > 0 ? line.slice(colon + 1) : '';
  }
  flush();
  return headers;
}
