/** Event objects as Gmail sends them (V8 shape), for the homepage, an open message, a compose window, a button. */
import type { AddonEvent, FormInput } from '../../../src/gmail/event/addon-event';

export type EventOptions = {
  locale?: string;
  timeZone?: string;
  messageId?: string;
  threadId?: string;
  form?: Record<string, string>;
  dates?: Record<string, string>;
  parameters?: Record<string, string>;
  toRecipients?: string[];
};

export const accessToken = 'token-of-the-open-message';

export function addonEvent(options: EventOptions = {}): AddonEvent {
  const formInputs: Record<string, FormInput> = {};
  for (const [field, value] of Object.entries(options.form ?? {})) formInputs[field] = { stringInputs: { value: [value] } };
  for (const [field, date] of Object.entries(options.dates ?? {})) formInputs[field] = { dateInput: { msSinceEpoch: String(Date.parse(`${date}T00:00:00Z`)) } };
  return {
    commonEventObject: {
      userLocale: options.locale ?? 'fr',
      timeZone: { id: options.timeZone ?? 'Europe/Paris', offset: 3_600_000 },
      hostApp: 'GMAIL',
      platform: 'WEB',
      ...(options.parameters ? { parameters: options.parameters } : {}),
      ...(options.form || options.dates ? { formInputs } : {}),
    },
    ...(options.messageId || options.toRecipients
      ? {
          gmail: {
            ...(options.messageId ? { messageId: options.messageId, threadId: options.threadId ?? 'thread-1', accessToken } : {}),
            ...(options.toRecipients ? { toRecipients: options.toRecipients } : {}),
          },
        }
      : {}),
  };
}

/** What a button click sends: the card's fields as the user left them. */
export function formOf(values: Record<string, string>): Record<string, string> {
  return { ...values };
}
