/** A feature's bucket: FNV-1a of its name, folded into the model's table. Collisions only add a little noise. */
export function hashFeature(name: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}
