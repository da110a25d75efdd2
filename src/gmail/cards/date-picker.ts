/** A date picker showing a calendar day: Gmail gives and takes midnight UTC of the day (see formValue). */
import type { IsoDate } from '../../core';
import type { Ui } from './ui';

function utcMidnight(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

export function datePicker(ui: Ui, fieldName: string, title: string, value?: IsoDate): GoogleAppsScript.Card_Service.DatePicker {
  const picker = ui.cards.newDatePicker().setFieldName(fieldName).setTitle(title);
  if (value) picker.setValueInMsSinceEpoch(utcMidnight(value));
  return picker;
}
