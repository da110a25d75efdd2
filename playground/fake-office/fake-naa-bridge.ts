/**
 * The Nested App Authentication bridge an Outlook host gives its add-ins, granting every token.
 * The pane's production bundle keeps the real MSAL: as in Outlook, `createNestablePublicClientApplication`
 * finds `window.nestedAppAuthBridge` and asks the host for tokens through it, so the playground
 * needs no stand-in module and ships the same chunks as production. The Graph switch alone decides
 * what then happens to the request, and the scopes asked for (shared mailboxes need their own).
 *
 * Protocol as MSAL speaks it (msal-browser 5, `src/naa/BridgeProxy.ts` and
 * `src/naa/mapping/NestedAppAuthAdapter.ts`): JSON requests `{ messageType: "NestedAppAuthRequest",
 * method: "GetInitContext" | "GetToken" | "GetTokenPopup", requestId, tokenParams }` posted to the
 * bridge, JSON answers `{ messageType: "NestedAppAuthResponse", requestId, success, … }` sent back
 * to its "message" listeners; a token answer needs an access token, an id token (a JWT MSAL
 * decodes) and an account with its environment.
 */
export type NaaAccount = { name: string; username: string };

type BridgeRequest = { method?: string; requestId?: string; tokenParams?: { clientId?: string; scope?: string } };
type Listener = (response: string | { data: string }) => void;

export type NestedAppAuthBridge = {
  addEventListener(type: 'message', listener: Listener): void;
  removeEventListener(type: 'message', listener: Listener): void;
  postMessage(message: string): void;
};

const environment = 'login.microsoftonline.com';
/** A fixed, obviously fake tenant and user: the token never leaves the browser. */
const tenantId = '00000000-0000-4000-8000-0000000a7e11';
const localAccountId = '00000000-0000-4000-8000-00000050f1e0';

const base64Url = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function idToken(account: NaaAccount, clientId: string, nowSeconds: number): string {
  const header = base64Url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const claims = { aud: clientId, iss: `https://${environment}/${tenantId}/v2.0`, iat: nowSeconds, nbf: nowSeconds, exp: nowSeconds + 3600, name: account.name, preferred_username: account.username, oid: localAccountId, tid: tenantId, ver: '2.0' };
  return `${header}.${base64Url(JSON.stringify(claims))}.`;
}

export function createFakeNaaBridge(setup: { account: NaaAccount; setTimeout: (handler: () => void, ms: number) => unknown; now: () => number }): NestedAppAuthBridge {
  const listeners = new Set<Listener>();
  const accountContext = { homeAccountId: `${localAccountId}.${tenantId}`, environment, tenantId };
  const answer = (request: BridgeRequest): Record<string, unknown> => {
    if (request.method === 'GetInitContext') {
      return { success: true, initContext: { sdkName: 'relance-playground', sdkVersion: '1.0.0', accountContext, capabilities: { queryAccount: false } } };
    }
    if (request.method === 'GetToken' || request.method === 'GetTokenPopup') {
      const nowSeconds = Math.floor(setup.now() / 1000);
      const clientId = request.tokenParams?.clientId ?? '';
      return {
        success: true,
        // The access token names the scopes granted, which the simulated Graph checks (Mail.ReadWrite.Shared).
        token: { access_token: `playground-token-for-${clientId} scopes=${request.tokenParams?.scope ?? ''}`, id_token: idToken(setup.account, clientId, nowSeconds), expires_in: 3600, scope: request.tokenParams?.scope ?? '' },
        account: { ...accountContext, localAccountId, username: setup.account.username, name: setup.account.name },
      };
    }
    return { success: false, error: { status: 'PERSISTENT_ERROR', code: 'unsupported_method', description: `The playground's host does not answer ${request.method ?? 'this request'}.` } };
  };
  return {
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    postMessage(message) {
      const request = JSON.parse(message) as BridgeRequest;
      const response = JSON.stringify({ messageType: 'NestedAppAuthResponse', requestId: request.requestId, ...answer(request) });
      // The host answers later, on its own task, as a message event would.
      setup.setTimeout(() => {
        for (const listener of listeners) listener({ data: response });
      }, 0);
    },
  };
}
