/** A template file: `subject:` header lines, a `---` line, then the plain-text body. */
export type TemplateFile = { subject: string; body: string; bodyFirstLine: number };

export function parseTemplateFile(source: string, name: string): TemplateFile {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const separator = lines.findIndex((line) => line.trim() === '---');
  if (separator < 0) throw new Error(`${name}: no "---" line between the headers and the body`);
  const headers = new Map<string, string>();
  for (const line of lines.slice(0, separator)) {
    if (line.trim() === '' || line.trim().startsWith('{{!')) continue;
    const match = /^(\w+):\s?(.*)$/.exec(line);
    if (!match) throw new Error(`${name}: header line "${line}" is not "name: value"`);
    headers.set(match[1]!.toLowerCase(), match[2]!);
  }
  const subject = headers.get('subject');
  if (!subject) throw new Error(`${name}: missing "subject:" header`);
  return { subject, body: lines.slice(separator + 1).join('\n'), bodyFirstLine: separator + 2 };
}
