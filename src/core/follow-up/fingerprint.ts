/**
 * A short version for a stored text, the same in every host (Apps Script has no crypto): FNV-1a
 * over the text, with its length. Stores that give no version of their own (roaming settings,
 * user properties) use it, so a write from a stale read is refused like a stale eTag.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `f${hash.toString(36)}.${text.length.toString(36)}`;
}
