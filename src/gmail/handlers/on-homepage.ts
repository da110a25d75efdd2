/** Homepage trigger, and the "Promise log" button that opens the same card over another. */
import { firstRunCard } from '../cards/settings-card';
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { homepage } from './homepage';
import { pushCard } from './respond';

export function onHomepage(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.Card[] {
  const ctx = createContext(host, event);
  // Nothing configured yet: what to set and where, rather than a log that can only fill with errors.
  return [ctx.configuration.state === 'missing' ? firstRunCard(ctx.ui) : homepage(ctx)];
}

export function onShowHomepage(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  return pushCard(ctx, homepage(ctx));
}
