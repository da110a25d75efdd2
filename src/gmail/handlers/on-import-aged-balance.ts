/**
 * The aged-balance import card's three steps: open it, read the paste (with the columns and the
 * currency chosen), and follow the rows. Following reads and matches again inside the user lock
 * and writes every record at once, or nothing (importFollowUps), then shows Today.
 */
import { importFollowUps, readForImport } from '../adapter/import-follow-ups';
import { importCard } from '../cards/import-card';
import { todayStrings } from '../cards/today-strings';
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { pasteLimit } from '../event/today-fields';
import { choicesOf, matchImport, readAndMatch, readImport } from './aged-balance-import';
import { homepage } from './homepage';
import { pushCard, updateCard } from './respond';

export function onShowImport(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  return pushCard(ctx, importCard(ctx.ui));
}

const storeHost = (ctx: ReturnType<typeof createContext>) => ({ properties: ctx.host.userProperties, lock: ctx.host.userLock() });

export function onReadAgedBalance(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const reading = readAndMatch(ctx, choicesOf(ctx), readForImport(storeHost(ctx)));
  return updateCard(ctx, importCard(ctx.ui, reading));
}

export function onImportAgedBalance(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ActionResponse {
  const ctx = createContext(host, event);
  const choices = choicesOf(ctx);
  const t = todayStrings[ctx.language].import;
  if (choices.text.length > pasteLimit) return updateCard(ctx, importCard(ctx.ui, { state: 'too-long', choices }));
  const { rows } = readImport(ctx, choices);
  const written = importFollowUps(storeHost(ctx), (listing) => matchImport(ctx, listing, rows).matched);
  if (!written.ok) {
    // Refused whole: the card says why, with the store as it is now.
    return updateCard(ctx, importCard(ctx.ui, readAndMatch(ctx, choices, readForImport(storeHost(ctx)))));
  }
  // The homepage shows Today with the invoices followed, and warns there if the store is nearly full.
  return updateCard(ctx, homepage(ctx), t.done(written.added, written.updated), { stateChanged: true });
}
