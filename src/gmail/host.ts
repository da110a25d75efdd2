/**
 * The Apps Script services the add-on uses, passed in rather than read as globals, so the handlers
 * run the same against Gmail and against the test fakes.
 */
export type GmailHost = {
  gmail: GoogleAppsScript.Gmail.GmailApp;
  /** The Gmail API, Apps Script's advanced service (enabled in appsscript.json). */
  gmailApi?: GoogleAppsScript.Gmail;
  cards: GoogleAppsScript.Card_Service.CardService;
  userProperties: GoogleAppsScript.Properties.Properties;
  scriptProperties: GoogleAppsScript.Properties.Properties;
  session: GoogleAppsScript.Base.Session;
  utilities: GoogleAppsScript.Utilities.Utilities;
  /** `LockService.getUserLock()`: one execution of the user at a time in the follow-up store. */
  userLock: () => GoogleAppsScript.Lock.Lock;
  /** The script lock serialises saves of the organisation settings across every user. */
  locks: GoogleAppsScript.Lock.LockService;
  now: () => Date;
  /** Where failures are recorded for the admin (Cloud Logging in Apps Script). */
  log: (message: string) => void;
};
