/** A page of Today's clients: the homepage again, in place, at that page. */
import type { AddonEvent } from '../event/addon-event';
import { parameter } from '../event/form-value';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { homepage } from './homepage';
import { updateCard } from './respond';

export function onShowTodayPage(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  return updateCard(ctx, homepage(ctx, { todayPage: parameter(event, 'page') ?? '0' }));
}
