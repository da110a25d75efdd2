/**
 * The one error type that reaches a user. Its `code` is stable; each shell shows it through
 * `describeError` in the user's language. `issues` names every field at fault, never just the first.
 */
export type ErrorCode =
  | 'invalid-input'
  | 'missing-fields'
  | 'unknown-step'
  | 'template-error'
  | 'penalty-currency'
  | 'invalid-import';

export type FieldProblem =
  | 'required'
  | 'invalid-date'
  | 'due-before-issue'
  | 'not-positive'
  | 'negative'
  | 'exceeds-amount'
  | 'settles-invoice'
  | 'payments-mismatch'
  | 'in-future'
  | 'in-past'
  | 'unreadable'
  | 'unknown-format'
  | 'unknown-currency'
  | 'currency-mismatch'
  | 'invalid-email'
  | 'invalid-iban'
  | 'invalid-bic'
  | 'invalid-number'
  | 'too-long';

export type FieldIssue = { field: string; problem: FieldProblem; limit?: number };

export class RelanceError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly FieldIssue[];

  constructor(code: ErrorCode, issues: readonly FieldIssue[] = [], detail?: string) {
    const fields = issues.map((issue) => `${issue.field} (${issue.problem})`).join(', ');
    super(detail ?? (fields ? `${code}: ${fields}` : code));
    this.name = 'RelanceError';
    this.code = code;
    this.issues = issues;
  }

  /** The fields at fault, each once. */
  get fields(): string[] {
    return [...new Set(this.issues.map((issue) => issue.field))];
  }
}

export function isRelanceError(error: unknown): error is RelanceError {
  return error instanceof RelanceError;
}
