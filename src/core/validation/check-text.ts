/** The checks every text field shares: present when required, not too long. */
import type { FieldIssue } from '../errors/relance-error';
import { cleanLine } from '../text/clean-text';

export function checkText(
  value: unknown,
  field: string,
  limit: number,
  options: { required: boolean },
): FieldIssue[] {
  const cleaned = typeof value === 'string' ? cleanLine(value) : undefined;
  if (value === undefined || value === null || cleaned === '') return options.required ? [{ field, problem: 'required' }] : [];
  if (cleaned === undefined) return [{ field, problem: 'required' }];
  return cleaned.length > limit ? [{ field, problem: 'too-long', limit }] : [];
}

export function checkLines(value: unknown, field: string, lineLimit: number, lineCount: number): FieldIssue[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((line) => typeof line !== 'string')) return [{ field, problem: 'required' }];
  if (value.length > lineCount) return [{ field, problem: 'too-long', limit: lineCount }];
  return value.some((line: string) => cleanLine(line).length > lineLimit) ? [{ field, problem: 'too-long', limit: lineLimit }] : [];
}
