/** "Claire Durand <c.durand@x.fr>, \"Martin, Paul\" <p@y.fr>" as addresses: commas inside quotes are names. */
import type { MailAddress } from '../../core';

function parseAddress(part: string): MailAddress | undefined {
  const trimmed = part.trim();
  if (!trimmed) return undefined;
  const angled = /^([^<]*)<([^>]+)>\s*$/.exec(trimmed);
  if (angled) {
    const name = angled[1]!.trim().replace(/^"(.*)"$/, '$1').replace(/\\"/g, '"').trim();
    return { email: angled[2]!.trim(), ...(name ? { name } : {}) };
  }
  return { email: trimmed.replace(/^"(.*)"$/, '$1') };
}

export function parseAddressList(list: string | undefined): MailAddress[] {
  if (!list) return [];
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  // A folded header (RFC 5322) breaks lines between words: read it unfolded, on one line.
  for (const character of list.replace(/[\r\n]+/g, ' ')) {
    if (character === '"') quoted = !quoted;
    else if (character === '<' && !quoted) angled = true;
    else if (character === '>' && !quoted) angled = false;
    if (character === ',' && !quoted && !angled) {
      parts.push(current);
      current = '';
    } else current += character;
  }
  parts.push(current);
  return parts.map(parseAddress).filter((address): address is MailAddress => address !== undefined);
}
