import { ALICE, clientSecretOf, DEFAULT_CLIENT, type Harness } from '../../helper.js';
import { authorizeQuery, codeForm, headlessCode, headlessTokens } from '../../oidc/lib/headless-flow.js';
import type { FuzzRequest } from './mutations.js';

type Provider = (w: { h: Harness }) => Promise<{ req: FuzzRequest; pathParams: Record<string, string> }>;

const get = (path: string, query: [string, string][] = [], headers: Record<string, string> = {}) =>
  ({ req: { method: 'GET', path, query, headers }, pathParams: {} });
const post = (path: string, json: unknown, headers: Record<string, string> = {}) =>
  ({ req: { method: 'POST', path, query: [], headers, body: { json } }, pathParams: {} });

/**
 * The real requests of the OIDC face, for the fuzzer: each made from live context (a fresh
 * headless sign-in, its code, its tokens), so mutated cases reach the checks behind validation.
 * A form operation's JSON here is sent form-encoded (fuzz-runner's formEncode).
 */
const authorize: Provider = async ({ h }) => {
  await h.app.inject({ method: 'POST', url: '/__sandbox/oidc/login', payload: { client_id: DEFAULT_CLIENT, identifier: ALICE.email } });
  return get('', authorizeQuery());
};
const token: Provider = async ({ h }) => post('', await codeForm(h, await headlessCode(h)));
const userinfo = (method: 'GET' | 'POST'): Provider => async ({ h }) => {
  const { access_token } = await headlessTokens(h);
  return { req: { method, path: '', query: [], headers: { authorization: `Bearer ${access_token}` } }, pathParams: {} };
};
const logout: Provider = async () => get('', [['client_id', DEFAULT_CLIENT], ['post_logout_redirect_uri', 'http://localhost:3000/'], ['state', 'bye']]);

/** `path` is filled in per operation below (an alias is the same request at another path). */
const at = (path: string, provider: Provider): Provider => async (w) => {
  const ctx = await provider(w);
  return { ...ctx, req: { ...ctx.req, path } };
};

export const oidcProviders: Record<string, Provider> = {
  oidcDiscovery: async () => get('/oidc/.well-known/openid-configuration'),
  oidcJwks: async () => get('/oidc/.well-known/jwks.json'),
  oidcAuthorize: at('/oidc/authorize', authorize),
  oauthAuthorize: at('/oauth/authorize', authorize),
  oidcToken: at('/oidc/token', token),
  oauthToken: at('/oauth/token', token),
  oidcUserinfo: at('/oidc/userinfo', userinfo('GET')),
  oidcUserinfoPost: at('/oidc/userinfo', userinfo('POST')),
  oauthUserinfo: at('/oauth/userinfo', userinfo('GET')),
  oauthUserinfoPost: at('/oauth/userinfo', userinfo('POST')),
  oidcLogout: at('/oidc/logout', logout),
  oauthLogout: at('/oauth/logout', logout),
  oidcRevoke: async ({ h }) => {
    const { refresh_token } = await headlessTokens(h);
    return post('/oidc/revoke', { token: refresh_token, client_id: DEFAULT_CLIENT, client_secret: await clientSecretOf(h) });
  },
  sandboxQueueOidcLogin: async () => post('/__sandbox/oidc/login', { client_id: DEFAULT_CLIENT, identifier: ALICE.email }),
  sandboxListOidcLogins: async () => get('/__sandbox/oidc/login', [['client_id', DEFAULT_CLIENT]]),
};

/** The aliases run the same handlers: a fifth of the cases is enough for them. */
export const oidcAliases = new Set(['oauthAuthorize', 'oauthToken', 'oauthUserinfo', 'oauthUserinfoPost', 'oauthLogout', 'oidcUserinfoPost']);
