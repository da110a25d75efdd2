/** Event objects as Gmail sends them (V8 shape), for the homepage, an open message, a compose window, a button. */
import type { AddonEvent, FormInput } from '../../src/gmail/event/addon-event';

export type EventOptions = {
  locale?: string;
  timeZone?: string;
  messageId?: string;
  threadId?: string;
  /** A checkbox group sends every value ticked: a list (event objects, `stringInputs.value`). */
  form?: Record<string, string | string[]>;
  /** Several values for one field: the boxes ticked in a checkbox list (`stringInputs.value` holds each). */
  lists?: Record<string, string[]>;
  dates?: Record<string, string>;
  parameters?: Record<string, string>;
  /** The draft's recipients: only a compose event passes them on, and only as the manifest allows. */
  toRecipients?: string[];
};

export const accessToken = 'token-of-the-open-message';

export function addonEvent(options: EventOptions = {}): AddonEvent {
  const formInputs: Record<string, FormInput> = {};
  for (const [field, value] of Object.entries(options.form ?? {})) formInputs[field] = { stringInputs: { value: Array.isArray(value) ? [...value] : [value] } };
  for (const [field, values] of Object.entries(options.lists ?? {})) formInputs[field] = { stringInputs: { value: [...values] } };
  for (const [field, date] of Object.entries(options.dates ?? {})) formInputs[field] = { dateInput: { msSinceEpoch: String(Date.parse(`${date}T00:00:00Z`)) } };
  const hasForm = options.form || options.dates || options.lists;
  return {
    commonEventObject: {
      userLocale: options.locale ?? 'fr',
      timeZone: { id: options.timeZone ?? 'Europe/Paris', offset: 3_600_000 },
      hostApp: 'GMAIL',
      platform: 'WEB',
      ...(options.parameters ? { parameters: options.parameters } : {}),
      ...(hasForm ? { formInputs } : {}),
    },
    ...(options.messageId ? { gmail: { messageId: options.messageId, threadId: options.threadId ?? 'thread-1', accessToken } } : {}),
  };
}
