/**
 * Stands in for `@azure/msal-browser` in the playground build: Nested App Authentication always
 * hands out a token, carrying the scopes asked for (the simulated Graph checks them), so the Graph
 * switch alone decides what happens to the request.
 */
type TokenResult = { accessToken: string };

export class InteractionRequiredAuthError extends Error {}

export async function createNestablePublicClientApplication(configuration: { auth: { clientId: string } }) {
  const token = (request: { scopes: string[] }): TokenResult => ({ accessToken: `playground-token-for-${configuration.auth.clientId} scopes=${request.scopes.join(' ')}` });
  return {
    acquireTokenSilent: async (request: { scopes: string[] }): Promise<TokenResult> => token(request),
    acquireTokenPopup: async (request: { scopes: string[] }): Promise<TokenResult> => token(request),
  };
}
