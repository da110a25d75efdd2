/**
 * The invoice and client as read from the message, for the user to correct. A field shows its error
 * once the user has touched it: before that, the summary above the form names what is missing.
 */
import { useState } from 'preact/hooks';
import { describeIssue, type FieldIssue, fieldLabel, type InvoiceForm as Form, type Language } from '../../core';
import { capitalised } from './capitalised';
import { formFields, type FormTextField, labelPathOf } from './form-fields';
import { PaymentsField } from './PaymentsField';
import { paneStrings } from './strings';

export function InvoiceForm(props: {
  form: Form;
  issues: FieldIssue[];
  language: Language;
  onChange: (form: Form) => void;
  /** Values the core worked out for fields left blank, shown as their placeholders. */
  worked?: Partial<Record<FormTextField, string>>;
}) {
  const { language } = props;
  const strings = paneStrings[language];
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const touch = (name: string) => setTouched((before) => (before.has(name) ? before : new Set([...before, name])));
  const issuesOf = (name: string) => (touched.has(name) ? props.issues.filter((issue) => issue.field === name) : []);
  const group = (which: 'invoice' | 'client', title: string) => (
    <fieldset>
      <legend>{title}</legend>
      {formFields
        .filter((field) => field.group === which)
        .map((field) => {
          const id = `field-${field.name}`;
          const errors = issuesOf(field.name);
          const label = fieldLabel(field.labelPath, language);
          const input = (
            <div class="field" key={field.name}>
              <label for={id}>
                {capitalised(label)}
                {field.optional && <span class="optional"> ({strings.form.optional})</span>}
              </label>
              <input
                id={id}
                name={field.name}
                type={field.type ?? 'text'}
                value={props.form[field.name]}
                placeholder={props.worked?.[field.name]}
                aria-invalid={errors.length > 0}
                aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
                onInput={(event) => {
                  touch(field.name);
                  props.onChange({ ...props.form, [field.name]: (event.currentTarget as HTMLInputElement).value });
                }}
                onBlur={() => touch(field.name)}
              />
              {errors.length > 0 && (
                <p class="field-error" id={`${id}-error`}>
                  {errors.map((issue) => describeIssue({ ...issue, field: labelPathOf(issue.field) }, language)).join(' · ')}
                </p>
              )}
            </div>
          );
          // Part payments follow the balance they explain.
          if (field.name !== 'amountDue') return input;
          return [
            input,
            <PaymentsField
              key="payments"
              payments={props.form.payments}
              issues={props.issues}
              language={language}
              onChange={(payments) => props.onChange({ ...props.form, payments })}
            />,
          ];
        })}
    </fieldset>
  );
  return (
    <section aria-label={strings.form.title}>
      {group('invoice', strings.form.invoice)}
      {group('client', strings.form.client)}
    </section>
  );
}
