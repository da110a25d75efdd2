/**
 * A Microsoft Graph token through Nested App Authentication. MSAL is imported only on the first
 * request, so the task pane paints without it. Tokens are asked for silently; any silent failure
 * means "sign in", which only a user's click may start: a popup opened after an `await` may be
 * blocked (Microsoft's guidance, OfficeDev/Office-Add-in-samples #889). `signIn` reports what
 * actually happened: signed in, popup blocked, cancelled, consent missing, offline.
 */
import { MailboxError } from '../../core';
import type { TokenSource } from './graph-client';

type TokenResult = { accessToken: string };

/** The slice of an MSAL public client this shell uses. */
export type NestablePca = {
  acquireTokenSilent(request: { scopes: string[]; forceRefresh?: boolean }): Promise<TokenResult>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<TokenResult>;
};

/** The slice of `@azure/msal-browser` this shell uses. */
export type MsalModule = {
  createNestablePublicClientApplication(configuration: { auth: { clientId: string; authority?: string } }): Promise<NestablePca>;
};

/** What an interactive sign-in came to, in terms the pane can tell the user. */
export type SignInOutcome = 'signed-in' | 'popup-blocked' | 'cancelled' | 'consent-required' | 'offline' | 'failed';

export type NaaSession = { getToken: TokenSource; signIn(): Promise<SignInOutcome> };

/**
 * Mail.ReadWrite for the user's own mailbox and its sent items; Mail.ReadWrite.Shared for items of a
 * shared mailbox or a delegate's folder, which Graph reaches at /users/{owner}/messages (Graph
 * permissions reference); Files.ReadWrite.AppFolder for the follow-up records, in the app's own
 * OneDrive folder only.
 */
export const graphScopes = ['Mail.ReadWrite', 'Mail.ReadWrite.Shared', 'Files.ReadWrite.AppFolder'];

const loadMsal = (): Promise<MsalModule> => import(/* webpackChunkName: "msal" */ '@azure/msal-browser');

function errorCode(error: unknown): string {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === 'string' ? code : '';
}

const offlineCodes = ['no_network_connectivity', 'endpoints_resolution_error'];

/** MSAL's error codes (msal-browser BrowserAuthErrorCodes, InteractionRequiredAuthErrorCodes) as an outcome. */
function signInOutcome(error: unknown): SignInOutcome {
  const code = errorCode(error);
  const text = error instanceof Error ? error.message : '';
  if (offlineCodes.includes(code)) return 'offline';
  if (code === 'popup_window_error' || code === 'empty_window_error' || code === 'popup_blocked') return 'popup-blocked';
  if (code === 'user_cancelled') return 'cancelled';
  // AADSTS65001: the user or administrator has not consented to use the application.
  if (code === 'consent_required' || text.includes('AADSTS65001')) return 'consent-required';
  return 'failed';
}

export function createNaaSession(options: { clientId: string; load?: () => Promise<MsalModule>; scopes?: string[] }): NaaSession {
  const scopes = options.scopes ?? graphScopes;
  let client: Promise<NestablePca> | undefined;
  /** The client once created, so a click can open the popup without awaiting anything first. */
  let ready: NestablePca | undefined;

  const connect = () => {
    client ??= (async () => {
      const msal = await (options.load ?? loadMsal)();
      ready = await msal.createNestablePublicClientApplication({
        auth: { clientId: options.clientId, authority: 'https://login.microsoftonline.com/common' },
      });
      return ready;
    })();
    // A failed start (chunk not loaded while offline…) must not stick for the whole session.
    client.catch(() => {
      client = undefined;
    });
    return client;
  };

  const getToken: TokenSource = async ({ forceRefresh = false } = {}) => {
    let pca: NestablePca;
    try {
      pca = await connect();
    } catch (error) {
      throw new MailboxError(offlineCodes.includes(errorCode(error)) ? 'offline' : 'not-authorized', errorCode(error) || String(error));
    }
    try {
      return (await pca.acquireTokenSilent({ scopes, forceRefresh })).accessToken;
    } catch (error) {
      const code = errorCode(error);
      if (offlineCodes.includes(code)) throw new MailboxError('offline', code);
      // Any other silent failure: the user signs in from a click (never a popup opened from here).
      throw new MailboxError('sign-in-required', code || (error instanceof Error ? error.message : String(error)));
    }
  };

  const signIn = async (): Promise<SignInOutcome> => {
    try {
      // Opened in the click's own task when the client exists: no await before the popup.
      const popup = ready ? ready.acquireTokenPopup({ scopes }) : connect().then((pca) => pca.acquireTokenPopup({ scopes }));
      await popup;
      return 'signed-in';
    } catch (error) {
      return signInOutcome(error);
    }
  };

  return { getToken, signIn };
}
