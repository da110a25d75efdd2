/**
 * What every handler starts from: the user's language, day and settings, and the mailbox over the
 * event's message. Built once per call: Apps Script keeps nothing between calls.
 */
import type { IsoDate, Language, RelanceSettings } from '../core';
import { GmailMailbox } from './adapter/gmail-mailbox';
import { type GmailSettings, loadSettings } from './adapter/settings';
import { hostCall } from './adapter/to-mailbox-error';
import { createUserPropertiesFollowUpStore } from './adapter/user-properties-follow-up-store';
import { createUi, type Ui } from './cards/ui';
import type { AddonEvent } from './event/addon-event';
import type { GmailHost } from './host';
import { languageFromLocale } from './language-from-locale';
import { today } from './today';

export type HandlerContext = {
  host: GmailHost;
  event: AddonEvent;
  language: Language;
  ui: Ui;
  today: IsoDate;
  timeZone: string;
  settings: RelanceSettings;
  /** Where the settings came from, what is wrong with them, and whether this user may edit the organisation's. */
  configuration: GmailSettings;
  mailbox: GmailMailbox;
};

export function eventLanguage(event: AddonEvent): Language {
  return languageFromLocale(event.commonEventObject?.userLocale);
}

export function createContext(host: GmailHost, event: AddonEvent, options: { compose?: boolean } = {}): HandlerContext {
  const language = eventLanguage(event);
  const timeZone = event.commonEventObject?.timeZone?.id || hostCall(() => host.session.getScriptTimeZone());
  const configuration = loadSettings(host);
  const settings = { ...configuration.settings, language };
  const store = createUserPropertiesFollowUpStore({ properties: host.userProperties, lock: host.userLock() });
  const mailbox = new GmailMailbox(host.gmail, host.gmailApi, host.utilities, store, {
    timeZone,
    ...(event.gmail?.messageId ? { messageId: event.gmail.messageId } : {}),
    ...(event.gmail?.accessToken ? { accessToken: event.gmail.accessToken } : {}),
    ...(settings.userEmail ? { userEmail: settings.userEmail } : {}),
    ...(options.compose ? { compose: true } : {}),
  });
  return { host, event, language, ui: createUi(host.cards, language), today: today(host.utilities, timeZone, host.now()), timeZone, settings, configuration, mailbox };
}
