/**
 * A fake of the slice of `@azure/msal-browser` Relance uses for Nested App Authentication, as unkind
 * as the host: a popup opened outside a user's click is blocked (popup_window_error), as Microsoft
 * warns for a popup opened after an `await` (OfficeDev/Office-Add-in-samples #889); a silent request
 * fails with the reason MSAL gives; tokens carry the scopes they were granted, for the fake Graph.
 */
import type { MsalModule, NestablePca } from '../../../src/outlook/adapter/naa-token';

export type SilentBehaviour = 'ok' | 'interaction' | 'network' | 'expired';
export type PopupBehaviour = 'ok' | 'cancelled' | 'consent';

/** A token the fake Graph reads back: the granted scopes, space-separated. */
export const tokenFor = (scopes: string[]) => `token scopes=${scopes.join(' ')}`;

const msalError = (errorCode: string, message = errorCode) => Object.assign(new Error(message), { errorCode });

export function fakeMsal(behaviour: { silent?: SilentBehaviour; popup?: PopupBehaviour; grantedScopes?: string[] } = {}) {
  const seen = { loads: 0, configs: [] as unknown[], scopes: [] as string[][], popups: 0, blockedPopups: 0 };
  let silent = behaviour.silent ?? 'ok';
  /** True only while a click handler runs: the browser's transient user activation, taken strictly. */
  let activation = false;
  const granted = (asked: string[]) => behaviour.grantedScopes ?? asked;
  const pca: NestablePca = {
    async acquireTokenSilent(request) {
      seen.scopes.push(request.scopes);
      if (silent === 'interaction') throw msalError('interaction_required', 'AADSTS50058: a silent sign-in request was sent but no user is signed in.');
      if (silent === 'expired') throw msalError('invalid_grant', 'AADSTS70043: the refresh token has expired.');
      if (silent === 'network') throw msalError('no_network_connectivity');
      return { accessToken: tokenFor(granted(request.scopes)) };
    },
    acquireTokenPopup(request) {
      // Checked when the call is made, as the browser checks window.open.
      if (!activation) {
        seen.blockedPopups += 1;
        return Promise.reject(msalError('popup_window_error', 'Error opening popup window. This can happen if you are using IE or if popups are blocked in the browser.'));
      }
      seen.popups += 1;
      if (behaviour.popup === 'cancelled') return Promise.reject(msalError('user_cancelled', 'User cancelled the flow.'));
      if (behaviour.popup === 'consent') return Promise.reject(msalError('invalid_grant', 'AADSTS65001: The user or administrator has not consented to use the application.'));
      silent = 'ok';
      return Promise.resolve({ accessToken: tokenFor(granted(request.scopes)) });
    },
  };
  const load = async (): Promise<MsalModule> => {
    seen.loads += 1;
    return {
      createNestablePublicClientApplication: async (config) => {
        seen.configs.push(config);
        return pca;
      },
    };
  };
  /** Runs `handler` as a user's click does: popups may open only during it. */
  const click = <T>(handler: () => T): T => {
    activation = true;
    try {
      return handler();
    } finally {
      activation = false;
    }
  };
  return { load, seen, click, pca };
}
