/** A widget's value from an action event: the text of a text input or dropdown, the day of a date picker. */
import type { AddonEvent } from './addon-event';

export function formValue(event: AddonEvent, field: string): string | undefined {
  const input = event.commonEventObject?.formInputs?.[field];
  if (!input) return undefined;
  if (input.stringInputs) return input.stringInputs.value[0] ?? '';
  if (input.dateInput) {
    // A date picker sends midnight UTC of the chosen day.
    const ms = Number(input.dateInput.msSinceEpoch);
    return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : undefined;
  }
  return undefined;
}

export function parameter(event: AddonEvent, name: string): string | undefined {
  const value = event.commonEventObject?.parameters?.[name];
  return value === undefined || value === '' ? undefined : value;
}
