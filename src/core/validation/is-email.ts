/** A plausible single email address: enough to catch a name or two addresses pasted in its place. */
const addressPart = /^[^\s@<>()[\]",;:]+$/;

/** One "@", then a domain with a dot that has something before it and two characters after it. */
export function isEmail(value: string): boolean {
  const [local, domain, extra] = value.trim().split('@');
  if (extra !== undefined || !local || !domain || !addressPart.test(local) || !addressPart.test(domain)) return false;
  const dot = domain.indexOf('.', 1);
  return dot > 0 && dot <= domain.length - 3;
}
