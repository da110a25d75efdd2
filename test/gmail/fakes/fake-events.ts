/** Event objects as Gmail sends them (playground/fake-gmail/fake-events.ts), and the compose window's, as the manifest allows. */
import { readFileSync } from 'node:fs';
import type { AddonEvent } from '../../../src/gmail/event/addon-event';
import { addonEvent, type EventOptions } from '../../../playground/fake-gmail/fake-events';

export { accessToken, addonEvent, type EventOptions } from '../../../playground/fake-gmail/fake-events';

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
