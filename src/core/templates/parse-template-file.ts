/** A template file: `subject:` header lines, a `---` line, then the plain-text body. */
import { TemplateError } from './template-problem';

export type TemplateFile = { subject: string; body: string; subjectLine: number; bodyFirstLine: number };

export function parseTemplateFile(source: string, name: string): TemplateFile {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const separator = lines.findIndex((line) => line.trim() === '---');
  if (separator < 0) throw new TemplateError([{ file: name, code: 'no-separator' }]);
  const headers = new Map<string, { value: string; line: number }>();
  lines.slice(0, separator).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('{{!')) return;
    const match = /^(\w+):\s?(.*)$/.exec(line);
    if (!match) throw new TemplateError([{ file: name, line: index + 1, code: 'bad-header', detail: line }]);
    headers.set(match[1]!.toLowerCase(), { value: match[2]!, line: index + 1 });
  });
  const subject = headers.get('subject');
  if (!subject?.value) throw new TemplateError([{ file: name, code: 'no-subject' }]);
  return { subject: subject.value, body: lines.slice(separator + 1).join('\n'), subjectLine: subject.line, bodyFirstLine: separator + 2 };
}
