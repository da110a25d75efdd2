/**
 * The fake host script (fake-host.js): runs first in the task pane's frame, where office.js runs in
 * Outlook, before the production bundle of the pane. Installs the fake Office.js, the host's Nested
 * App Authentication bridge (which the real MSAL of the production bundle talks to) and the
 * simulated Graph over the playground's mailbox.
 */
import type { BridgeWindow } from './bridge';
import { createFakeOffice, failureFromSwitches, hostFromSwitches } from './fake-office/create-fake-office';
import { createFakeNaaBridge } from './fake-office/fake-naa-bridge';
import { createPlaygroundFetch } from './fake-office/graph-fetch';
import { pinToday } from './fake-office/pin-today';

const bridge = (window.parent as BridgeWindow).relancePlayground;
if (!bridge) {
  document.body.textContent = 'This page is the task pane of the Relance playground: open the playground itself (/).';
  throw new Error('Relance playground: no mailbox in the parent window');
}
if (bridge.pinnedToday) pinToday(window, bridge.pinnedToday);
const itemId = new URLSearchParams(window.location.search).get('item') ?? undefined;
const setTimer = (handler: () => void, ms: number) => window.setTimeout(handler, ms);
const office = createFakeOffice({
  store: bridge.store,
  host: hostFromSwitches(bridge.switches),
  failure: failureFromSwitches(bridge.switches),
  ...(itemId ? { itemId } : {}),
  setTimeout: setTimer,
  onCall: (call) => bridge.recordCall(call),
});
(window as unknown as { Office: unknown }).Office = office;
if (office.context.requirements.isSetSupported('NestedAppAuth', '1.1')) {
  (window as unknown as { nestedAppAuthBridge: unknown }).nestedAppAuthBridge = createFakeNaaBridge({
    account: { name: bridge.store.owner.name, username: bridge.store.owner.email },
    setTimeout: setTimer,
    now: () => Date.now(),
  });
}
bridge.selectInPinnedPane = (id) => office.selectItem(id);
window.addEventListener('pagehide', () => {
  delete bridge.selectInPinnedPane;
});
window.fetch = createPlaygroundFetch({
  fetch: window.fetch.bind(window),
  store: bridge.store,
  switches: bridge.switches,
  setTimeout: setTimer,
  onCall: (call) => bridge.recordCall(call),
});
