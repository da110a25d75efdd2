/**
 * The input fields a template needs and the input lacks, all of them: a template's `requires`
 * lists view paths, and each empty one is reported as the input field a user can fill in.
 */
import type { FieldIssue } from '../errors/relance-error';
import type { ReminderView } from './reminder-view';

const inputFieldOf: Array<[RegExp, string | ((match: RegExpExecArray) => string)]> = [
  [/^client\.addressBlock$/, 'client.address'],
  [/^contact\.(\w+)$/, (m) => `client.contact.${m[1]}`],
  [/^sender\.addressBlock$/, 'sender.address'],
  [/^place$/, 'sender.city'],
  [/^(penalties|statement|law)\./, 'terms.jurisdiction'],
  [/^promise\.amount$/, 'history.promise.amount'],
  [/^promise\./, 'history.promise.date'],
  [/^payment\.date$/, 'history.paidOn'],
  [/^payment\.amount$/, 'history.paidOn'],
  [/^payment\.means$/, 'history.payment.means'],
  [/^(lastReminder|previousReminders)/, 'history.sent'],
  [/^invoice\.(\w+)$/, (m) => `invoices[0].${m[1]}`],
];

function inputField(path: string): string {
  for (const [pattern, field] of inputFieldOf) {
    const match = pattern.exec(path);
    if (match) return typeof field === 'string' ? field : field(match);
  }
  return path;
}

function lookup(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((object, key) => (object == null ? undefined : (object as Record<string, unknown>)[key]), value);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (typeof value === 'number' && Number.isNaN(value));
}

/** Each item of every list on the way: `statement.lines[].periods[].rate` looks at each period of each line. */
function missingInLists(value: unknown, path: string, prefix: string, into: Set<string>): void {
  const each = /^([\w.]+)\[\]\.(.+)$/.exec(path);
  if (!each) {
    if (isEmpty(lookup(value, path))) into.add(`${prefix}${path}`);
    return;
  }
  const [, list, rest] = each as unknown as [string, string, string];
  const items = lookup(value, list);
  if (!Array.isArray(items)) return;
  items.forEach((item, index) => missingInLists(item, rest, `${prefix}${list}[${index}].`, into));
}

export function findMissingFields(view: ReminderView, requires: readonly string[]): FieldIssue[] {
  const fields = new Set<string>();
  for (const path of requires) {
    if (path.includes('[]')) missingInLists(view, path, '', fields);
    else if (isEmpty(lookup(view, path))) fields.add(inputField(path));
  }
  return [...fields].map((field) => ({ field, problem: 'required' as const }));
}
