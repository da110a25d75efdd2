/** Event objects as Gmail sends them (V8 shape), for the homepage, an open message, a compose window, a button. */
import { readFileSync } from 'node:fs';
import type { AddonEvent, FormInput } from '../../../src/gmail/event/addon-event';

export type EventOptions = {
  locale?: string;
  timeZone?: string;
  messageId?: string;
  threadId?: string;
  /** A checkbox group sends every value ticked: a list (event objects, `stringInputs.value`). */
  form?: Record<string, string | string[]>;
  dates?: Record<string, string>;
  parameters?: Record<string, string>;
  /** The draft's recipients: only `composeEvent` passes them on, and only as the manifest allows. */
  toRecipients?: string[];
};

export const accessToken = 'token-of-the-open-message';

export function addonEvent(options: EventOptions = {}): AddonEvent {
  const formInputs: Record<string, FormInput> = {};
  for (const [field, value] of Object.entries(options.form ?? {})) formInputs[field] = { stringInputs: { value: Array.isArray(value) ? value : [value] } };
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
    ...(options.messageId ? { gmail: { messageId: options.messageId, threadId: options.threadId ?? 'thread-1', accessToken } } : {}),
  };
}

export type DraftAccess = 'NONE' | 'METADATA';

/** The compose trigger's `draftAccess`, as the manifest declares it. */
export function manifestDraftAccess(): DraftAccess {
  const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { addOns: { gmail: { composeTrigger: { draftAccess?: DraftAccess } } } };
  return manifest.addOns.gmail.composeTrigger.draftAccess ?? 'NONE';
}

/**
 * What the compose trigger and the compose window's buttons receive. With `draftAccess: NONE`,
 * "compose trigger won't be able to access any data of the draft"; METADATA "includes the audience
 * list (To/cc list) of a draft message" (Workspace add-ons manifest, ComposeTrigger.DraftAccess):
 * the recipients the user typed reach the add-on only under METADATA.
 */
export function composeEvent(options: EventOptions & { draftAccess?: DraftAccess } = {}): AddonEvent {
  const { toRecipients, draftAccess = manifestDraftAccess(), ...rest } = options;
  const event = addonEvent(rest);
  if (draftAccess === 'METADATA' && toRecipients) return { ...event, gmail: { ...event.gmail, toRecipients } };
  return event;
}

/** What a button click sends: the card's fields as the user left them. */
export function formOf(values: Record<string, string>): Record<string, string> {
  return { ...values };
}
