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
  | 'no-governing-law'
  | 'rates-outdated'
  | 'rates-unavailable';

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
  | 'unknown-currency'
  | 'currency-mismatch'
  | 'invalid-email'
  | 'invalid-iban'
  | 'invalid-bic'
  | 'invalid-number'
  | 'too-long'
  | 'finer-than-currency'
  | 'below-legal-floor'
  | 'unknown-jurisdiction'
  | 'duplicate-invoice'
  | 'invalid-sort-code'
  | 'invalid-account-number'
  | 'unknown-legal-form'
  | 'rates-outdated'
  | 'before-rate-table'
  | 'no-governing-law';

export type FieldIssue = {
  field: string;
  problem: FieldProblem;
  limit?: number;
  /** The day a rate was needed for, and the span its table covers (rate-table problems). */
  date?: string;
  knownUntil?: string;
  knownFrom?: string;
  /** The floor a contractual rate fell below, in percent. */
  floor?: number;
};

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
