/** Homepage trigger, and the "Promise log" button that opens the same card over another. */
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { homepage } from './homepage';
import { pushCard } from './respond';

export function onHomepage(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.Card[] {
  return [homepage(createContext(host, event))];
}

export function onShowHomepage(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  return pushCard(ctx, homepage(ctx));
}
