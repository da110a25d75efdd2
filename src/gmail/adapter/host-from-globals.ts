/** The real Apps Script services: the only place the add-on reads host globals. */
import type { GmailHost } from '../host';

export function hostFromGlobals(): GmailHost {
  return {
    gmail: GmailApp,
    // A global only when appsscript.json enables the advanced service.
    ...(typeof Gmail === 'undefined' || !Gmail ? {} : { gmailApi: Gmail }),
    cards: CardService,
    userProperties: PropertiesService.getUserProperties(),
    scriptProperties: PropertiesService.getScriptProperties(),
    session: Session,
    utilities: Utilities,
    userLock: () => LockService.getUserLock(),
    locks: LockService,
    now: () => new Date(),
    log: (message) => console.error(message),
  };
}
