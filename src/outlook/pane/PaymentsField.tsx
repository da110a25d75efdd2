/**
 * The part payments the client already made, one line each (date, amount), so interest runs on
 * what remained after each. An empty line is not a payment: the user adds one, fills it, or removes it.
 */
import { describeIssue, type FieldIssue, fieldLabel, type Language, type PaymentLine } from '../../core';
import { capitalised } from './capitalised';
import { paneStrings } from './strings';

export function PaymentsField(props: { payments: PaymentLine[]; issues: FieldIssue[]; language: Language; onChange: (payments: PaymentLine[]) => void }) {
  const { language, payments } = props;
  const strings = paneStrings[language].form.payments;
  const errorsOf = (field: string) => props.issues.filter((issue) => issue.field === field);
  const describe = (issues: FieldIssue[]) => issues.map((issue) => describeIssue(issue, language)).join(' · ');
  const update = (index: number, part: keyof PaymentLine, value: string) =>
    props.onChange(payments.map((line, at) => (at === index ? { ...line, [part]: value } : line)));
  const groupErrors = errorsOf('payments');
  return (
    <div class="field payments" role="group" aria-labelledby="payments-title" aria-describedby="payments-hint">
      <span id="payments-title" class="label">
        {strings.title} <span class="optional">({paneStrings[language].form.optional})</span>
      </span>
      <p id="payments-hint" class="hint">
        {strings.hint}
      </p>
      {payments.map((line, index) => (
        <div class="payment-line" key={index}>
          {(['on', 'amount'] as const).map((part) => {
            const field = `payments[${index}].${part}`;
            const id = `field-payment-${index}-${part}`;
            const errors = errorsOf(field);
            return (
              <div class="payment-part" key={part}>
                <label for={id}>{capitalised(fieldLabel(field, language))}</label>
                <input
                  id={id}
                  name={`payment-${index}-${part}`}
                  type={part === 'on' ? 'date' : 'text'}
                  inputMode={part === 'amount' ? 'decimal' : undefined}
                  value={line[part]}
                  aria-invalid={errors.length > 0}
                  aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
                  onInput={(event) => update(index, part, (event.currentTarget as HTMLInputElement).value)}
                />
                {errors.length > 0 && (
                  <p class="field-error" id={`${id}-error`}>
                    {describe(errors)}
                  </p>
                )}
              </div>
            );
          })}
          <button type="button" class="remove-payment" aria-label={strings.remove(index + 1)} onClick={() => props.onChange(payments.filter((_, at) => at !== index))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" class="add-payment" onClick={() => props.onChange([...payments, { on: '', amount: '' }])}>
        {strings.add}
      </button>
      {groupErrors.length > 0 && (
        <p class="field-error" role="alert">
          {describe(groupErrors)}
        </p>
      )}
    </div>
  );
}
