/**
 * The inputs of a card and what a click sends back of them, as Gmail does (event objects, V8
 * shape): text and single choices as `stringInputs`, ticked boxes as several values, date pickers
 * as the day picked at UTC midnight (`dateInput.msSinceEpoch`), nothing for a cleared picker.
 */
import type { Built } from '../fake-gmail/fake-card-service';
import type { EventOptions } from '../fake-gmail/fake-events';

export type FieldValue = { kind: 'text' | 'date'; value: string } | { kind: 'list'; values: string[] };
export type FormValues = Record<string, FieldValue>;

type Item = { text: string; value: string; selected?: boolean };

/** Every input of a built card or response, in order. */
export function inputsOf(value: unknown): Built[] {
  const found: Built[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const kind = (node as Built).kind;
      if (kind === 'TextInput' || kind === 'DatePicker' || kind === 'SelectionInput') found.push(node as Built);
      Object.values(node).forEach(visit);
    }
  };
  visit(value);
  return found;
}

export function isMultiple(input: Built): boolean {
  return input.type === 'CHECK_BOX' || input.type === 'SWITCH' || input.type === 'MULTI_SELECT';
}

/** The day a date picker holds, as YYYY-MM-DD in UTC, or ''. */
export function pickerDay(input: Built): string {
  const ms = input.valueInMsSinceEpoch;
  return typeof ms === 'number' && Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : '';
}

/** The values the card opens with. */
export function initialValues(card: unknown): FormValues {
  const values: FormValues = {};
  for (const input of inputsOf(card)) {
    const name = input.fieldName as string;
    if (input.kind === 'TextInput') values[name] = { kind: 'text', value: (input.value as string | undefined) ?? '' };
    else if (input.kind === 'DatePicker') values[name] = { kind: 'date', value: pickerDay(input) };
    else {
      const items = (input.items as Item[] | undefined) ?? [];
      const selected = items.filter((item) => item.selected).map((item) => item.value);
      if (isMultiple(input)) values[name] = { kind: 'list', values: selected };
      // A radio group or a dropdown always holds one choice: the first one when none is selected.
      else values[name] = { kind: 'text', value: selected[0] ?? items[0]?.value ?? '' };
    }
  }
  return values;
}

/** The form part of the event a click sends. */
export function eventForm(values: FormValues): Pick<EventOptions, 'form' | 'dates' | 'lists'> {
  const form: Record<string, string> = {};
  const dates: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const [name, field] of Object.entries(values)) {
    if (field.kind === 'list') {
      if (field.values.length > 0) lists[name] = field.values;
    } else if (field.kind === 'date') {
      if (field.value) dates[name] = field.value;
    } else form[name] = field.value;
  }
  return { form, dates, lists };
}
