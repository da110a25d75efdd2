/**
 * A date as a card's date picker. Gmail's picker holds an instant and sends back the chosen day as
 * midnight UTC (`dateInput.msSinceEpoch`), so a calendar day goes in as its UTC midnight and is read
 * back in UTC (`formValue`): the user's own time zone never shifts it by a day.
 */
import { isIsoDate } from '../../core';
import type { Ui } from './ui';

export function utcMidnight(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

export function datePicker(ui: Ui, fieldName: string, title: string, value?: string): GoogleAppsScript.Card_Service.DatePicker {
  const picker = ui.cards.newDatePicker().setFieldName(fieldName).setTitle(title);
  if (value && isIsoDate(value)) picker.setValueInMsSinceEpoch(utcMidnight(value));
  return picker;
}
