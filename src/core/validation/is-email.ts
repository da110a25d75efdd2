/** A plausible single email address: enough to catch a name or two addresses pasted in its place. */
const emailPattern = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:]{2,}$/;

export function isEmail(value: string): boolean {
  return emailPattern.test(value.trim());
}
