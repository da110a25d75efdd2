/**
 * Exchange item ids as Outlook hands them to add-ins: about 150 characters of base64, "/" and "+"
 * included, with the folder inside, so an item that moves to another folder gets another id
 * (HOST-FACTS.md, "Exchange item ids are about 150 characters (Graph docs examples: 152) and change
 * when the item moves"). Deterministic, so the sample mailbox is the same on every machine.
 */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const exchangeIdLength = 152;

/** Base64 characters drawn from a seed (FNV-1a, then xorshift): the same seed, the same characters. */
function characters(seed: string, count: number): string {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  let out = '';
  for (let index = 0; index < count; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += alphabet[state % 64];
  }
  return out;
}

/** The id of the item `key` (stable for the item's life, like Graph's immutable id) while it is in `folder`. */
export function exchangeItemId(key: string, folder: string, mailbox = 'sophie.martin@atelier-lumen.fr'): string {
  // Mailbox, folder and item parts, as in a real id: AAMk + mailbox GUID, folder id, item id.
  const id = `AAMkA${characters(mailbox, 43)}ARgAAAAA${characters(`folder:${folder}`, 44)}BwA${characters(`item:${key}`, 45)}AAA=`;
  return id.slice(0, exchangeIdLength - 4).padEnd(exchangeIdLength - 4, 'A') + 'AAA=';
}
