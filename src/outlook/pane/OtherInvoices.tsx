/** The client's other open invoices beside a reminder: ticked ones (the overdue, at first) go into the same message, with one total. */
import { daysBetween, formatDate, formatMoney, type Language, type OpenInvoice } from '../../core';
import { todayStrings } from './today-strings';

export type OtherInvoicesProps = {
  invoices: readonly OpenInvoice[];
  /** The numbers of the invoices ticked. */
  ticked: ReadonlySet<string>;
  onToggle: (number: string) => void;
  today: string;
  language: Language;
  disabled?: boolean;
};

export function OtherInvoices({ invoices, ticked, onToggle, today, language, disabled }: OtherInvoicesProps) {
  if (invoices.length === 0) return null;
  const strings = todayStrings[language].others;
  return (
    <fieldset class="other-invoices">
      <legend>{strings.title}</legend>
      <p class="note">{strings.hint}</p>
      {invoices.map(({ invoice, overdue }) => {
        const id = `other-${invoice.number.replace(/[^\w-]/g, '_')}`;
        return (
          <div class="field" key={invoice.number}>
            <input id={id} type="checkbox" checked={ticked.has(invoice.number)} disabled={disabled} onChange={() => onToggle(invoice.number)} />{' '}
            <label for={id}>
              <span class="nowrap">{invoice.number}</span> · <span class="nowrap">{formatMoney(invoice.amountDue ?? invoice.amount, language)}</span> ·{' '}
              {overdue ? strings.overdue(daysBetween(invoice.dueDate, today)) : strings.notDue(formatDate(invoice.dueDate, language))}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
