/**
 * Stands in for `@azure/msal-browser` in the playground build: Nested App Authentication always
 * hands out a token, so the Graph switch alone decides what happens to the request.
 */
type TokenResult = { accessToken: string };

export class InteractionRequiredAuthError extends Error {}

export async function createNestablePublicClientApplication(configuration: { auth: { clientId: string } }) {
  const accessToken = `playground-token-for-${configuration.auth.clientId}`;
  return {
    acquireTokenSilent: async (): Promise<TokenResult> => ({ accessToken }),
    acquireTokenPopup: async (): Promise<TokenResult> => ({ accessToken }),
  };
}
