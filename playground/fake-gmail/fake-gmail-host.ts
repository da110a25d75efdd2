/**
 * A GmailHost assembled from the Apps Script fakes, as the add-on's entry points assemble the real
 * one from Apps Script's globals: the playground and the tests run the real handlers on it.
 */
import type { GmailHost } from '../../src/gmail/host';
import { fakeCardService, type FakeCardService } from './fake-card-service';
import { type FakeGmailState, fakeGmailApi, fakeGmailApp } from './fake-gmail-app';
import type { FakeLockService } from './fake-lock-service';
import { type FakeProperties, fakePropertiesService } from './fake-properties-service';
import { fakeSession, fakeUtilities } from './fake-session-utilities';

export type FakeGmailHost = GmailHost & {
  cards: FakeCardService;
  mail: FakeGmailState;
  user: FakeProperties;
  script: FakeProperties;
  logs: string[];
  /** The user lock (per execution) and the script lock. */
  locks: FakeLockService;
};

export type FakeGmailHostParts = { mail: FakeGmailState; user: FakeProperties; script: FakeProperties; locks: FakeLockService; userEmail: string; now: () => Date };

export function fakeGmailHost(parts: FakeGmailHostParts): FakeGmailHost {
  const { mail, user, script, locks } = parts;
  const properties = fakePropertiesService(user, script);
  const logs: string[] = [];
  return {
    gmail: fakeGmailApp(mail),
    gmailApi: fakeGmailApi(mail),
    cards: fakeCardService(),
    userProperties: properties.getUserProperties(),
    scriptProperties: properties.getScriptProperties(),
    session: fakeSession(parts.userEmail),
    utilities: fakeUtilities(),
    // Each execution holds its own user lock, released when that execution ends.
    userLock: () => locks.lockFor(0),
    locks,
    now: parts.now,
    log: (message) => logs.push(message),
    mail,
    user,
    script,
    logs,
  };
}
