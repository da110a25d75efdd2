/** Homepage trigger, and the "Promise log" button that opens the same card over another. */
import { firstRunCard } from '../cards/settings-card';
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { homepage } from './homepage';
import { pushCard, updateCard } from './respond';

export function onHomepage(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.Card[] {
  const ctx = createContext(host, event);
  // Nothing configured yet: what to set and where, rather than a log that can only fill with errors.
  return [ctx.configuration.state === 'missing' ? firstRunCard(ctx.ui) : homepage(ctx)];
}

export function onShowHomepage(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  return pushCard(ctx, homepage(ctx));
}

/** A filter or a page of the log: the homepage again, in place, showing what was asked. */
export function onShowLog(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const parameters = event.commonEventObject?.parameters ?? {};
  return updateCard(ctx, homepage(ctx, { ...(parameters.filter ? { filter: parameters.filter } : {}), ...(parameters.page ? { page: parameters.page } : {}) }));
}
