/**
 * A Microsoft Graph token through Nested App Authentication. MSAL is imported only on the first
 * request, so the task pane paints without it; a silent request falls back to the host's consent
 * prompt, and MSAL's failures become MailboxErrors the pane can explain.
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
  InteractionRequiredAuthError: abstract new (...args: never[]) => Error;
};

/** Flags and sent items (Mail.ReadWrite); follow-up records in the app's own OneDrive folder only (Files.ReadWrite.AppFolder). */
export const graphScopes = ['Mail.ReadWrite', 'Files.ReadWrite.AppFolder'];

const loadMsal = (): Promise<MsalModule> => import(/* webpackChunkName: "msal" */ '@azure/msal-browser');

function errorCode(error: unknown): string {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === 'string' ? code : '';
}

function toMailboxError(error: unknown): MailboxError {
  if (error instanceof MailboxError) return error;
  const code = errorCode(error);
  if (code === 'no_network_connectivity' || code === 'endpoints_resolution_error') return new MailboxError('offline', code);
  if (['user_cancelled', 'consent_required', 'interaction_required', 'popup_window_error', 'empty_window_error', 'invalid_grant'].includes(code)) {
    return new MailboxError('consent-required', code);
  }
  return new MailboxError('not-authorized', code || (error instanceof Error ? error.message : String(error)));
}

export function createNaaTokenSource(options: { clientId: string; load?: () => Promise<MsalModule>; scopes?: string[] }): TokenSource {
  const scopes = options.scopes ?? graphScopes;
  let client: Promise<{ pca: NestablePca; msal: MsalModule }> | undefined;

  const connect = () => {
    client ??= (async () => {
      const msal = await (options.load ?? loadMsal)();
      const pca = await msal.createNestablePublicClientApplication({
        auth: { clientId: options.clientId, authority: 'https://login.microsoftonline.com/common' },
      });
      return { pca, msal };
    })();
    // A failed start (chunk not loaded while offline…) must not stick for the whole session.
    client.catch(() => {
      client = undefined;
    });
    return client;
  };

  return async ({ forceRefresh = false } = {}) => {
    try {
      const { pca, msal } = await connect();
      try {
        return (await pca.acquireTokenSilent({ scopes, forceRefresh })).accessToken;
      } catch (error) {
        if (!(error instanceof msal.InteractionRequiredAuthError)) throw error;
        return (await pca.acquireTokenPopup({ scopes })).accessToken;
      }
    } catch (error) {
      throw toMailboxError(error);
    }
  };
}
