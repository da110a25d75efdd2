/**
 * The playground's switches: what makes the fake host harder than a good day in Outlook on the web.
 * Kept in localStorage so a reload keeps them; the task pane reloads when one changes.
 */
export type GraphMode = 'not-configured' | 'available' | 'unavailable' | 'offline';

export type FailingErrorKind = 'network' | 'internal' | 'permission' | 'save';

export type Switches = {
  /** not-configured: no client id (the default deployment); available: NAA + Graph answer; unavailable: 503; offline: no answer. */
  graph: GraphMode;
  /** Highest Mailbox requirement set: '1.13' (current Outlook on the web) or '1.8' (older clients). */
  mailboxVersion: '1.13' | '1.8';
  /** Roaming settings pre-filled to about 30 KB of the add-in's 32 KB. */
  roamingAlmostFull: boolean;
  /** An Office call that fails every time while set ('' for none). */
  failingCall: string;
  failingError: FailingErrorKind;
  language: 'fr' | 'en';
  /** Milliseconds before an Office callback runs. */
  latencyMs: number;
  /** Outlook for Android: Mailbox 1.5 at most, no reply or new-message form, no convertToRestId. */
  mobile: boolean;
  /** The messages are in a shared mailbox (the accounts team's), reached through the owner in Graph. */
  sharedMailbox: boolean;
};

/** The shared mailbox's owner when the "shared mailbox" switch is on. */
export const sharedMailboxOwner = 'comptabilite@atelier-lumen.fr';

export const defaultSwitches: Switches = {
  graph: 'not-configured',
  mailboxVersion: '1.13',
  roamingAlmostFull: false,
  failingCall: '',
  failingError: 'network',
  language: 'fr',
  latencyMs: 60,
  mobile: false,
  sharedMailbox: false,
};

/** The Office calls the Outlook shell makes, offered in the "failing call" switch. */
export const failableCalls = [
  'body.getAsync',
  'displayReplyAllFormAsync',
  'displayReplyAllForm',
  'displayNewMessageFormAsync',
  'categories.addAsync',
  'roamingSettings.saveAsync',
  'loadCustomPropertiesAsync',
  'customProperties.saveAsync',
  'body.setSelectedDataAsync',
  'subject.getAsync',
  'saveAsync',
] as const;

const storageKey = 'relance-playground:switches';

export function loadSwitches(storage: Storage, query: URLSearchParams): Switches {
  let stored: Partial<Switches>;
  try {
    stored = JSON.parse(storage.getItem(storageKey) ?? '{}') as Partial<Switches>;
  } catch {
    stored = {};
  }
  const switches: Switches = { ...defaultSwitches, ...stored };
  // Query parameters win, so a link (or a test) can open the playground in a given state.
  const graph = query.get('graph');
  if (graph === 'not-configured' || graph === 'available' || graph === 'unavailable' || graph === 'offline') switches.graph = graph;
  const version = query.get('mailbox');
  if (version === '1.8' || version === '1.13') switches.mailboxVersion = version;
  const language = query.get('lang');
  if (language === 'fr' || language === 'en') switches.language = language;
  if (query.get('roamingFull') === '1') switches.roamingAlmostFull = true;
  if (query.get('mobile') === '1') switches.mobile = true;
  if (query.get('shared') === '1') switches.sharedMailbox = true;
  const failing = query.get('fail');
  if (failing !== null) switches.failingCall = failing;
  const latency = Number(query.get('latency'));
  if (query.has('latency') && Number.isFinite(latency) && latency >= 0) switches.latencyMs = latency;
  return switches;
}

export function saveSwitches(storage: Storage, switches: Switches): void {
  storage.setItem(storageKey, JSON.stringify(switches));
}
