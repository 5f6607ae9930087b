import { VirtualAuthenticator } from '../../../src/authenticator/index.js';
import { ALICE, clientSecretOf, DEFAULT_CLIENT, ORIGIN, type Harness } from '../../helper.js';
import { authorizeQuery, codeForm, headlessCode, headlessTokens } from '../../oidc/lib/headless-flow.js';
import type { FuzzRequest } from './mutations.js';

type Provider = (w: { h: Harness; alice: { authenticator: VirtualAuthenticator } }) => Promise<{ req: FuzzRequest; pathParams: Record<string, string> }>;

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

/** The sign-in page's calls come from a page on http://localhost:3000 (ORIGIN): its host is the RP ID. */
const PAGE = { host: new URL(ORIGIN).host };
const request = Object.fromEntries(authorizeQuery());
const injectJson = async (h: Harness, url: string, payload: unknown, headers: Record<string, string> = {}) =>
  JSON.parse((await h.app.inject({ method: 'POST', url, headers: { ...PAGE, ...headers }, payload: payload as object })).body);

/** A session cookie of alice's, as the page's sign-in sets it. */
async function aliceCookie(h: Harness): Promise<string> {
  await h.app.inject({ method: 'POST', url: '/__sandbox/oidc/login', payload: { client_id: DEFAULT_CLIENT, identifier: ALICE.email } });
  const res = await h.app.inject({ url: `/oidc/authorize?${new URLSearchParams(authorizeQuery())}` });
  return String(res.headers['set-cookie']).split(';')[0];
}

const page: Record<string, Provider> = {
  oidcSignInAsset: async () => ({ req: { method: 'GET', path: '', query: [], headers: {} }, pathParams: { asset: 'sign-in.js' } }),
  oidcSignInEmail: async () => post('/oidc/sign-in/email', { ...request, email: 'dana@example.com' }, PAGE),
  oidcSignInEmailVerify: async ({ h }) => {
    const sent = await h.app.inject({ method: 'POST', url: '/oidc/sign-in/email', headers: { ...PAGE, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ ...request, email: 'dana@example.com' }).toString() });
    const otpState = /name="otp_state" value="([^"]+)"/.exec(sent.body)![1];
    const code = h.services.outbox.list({ state: otpState })[0].code!;
    return post('/oidc/sign-in/email/verify', { ...request, email: 'dana@example.com', otp_state: otpState, code }, PAGE);
  },
  oidcPasskeyOptions: async () => post('/oidc/sign-in/passkey/options', { request }, PAGE),
  oidcPasskeySignIn: async ({ h, alice }) => {
    const options = await injectJson(h, '/oidc/sign-in/passkey/options', { request });
    const passkey = alice.authenticator.getAssertion(options.publicKey, { origin: ORIGIN });
    return post('/oidc/sign-in/passkey', { request, auth_code: options.auth_code, passkey }, PAGE);
  },
  oidcPasskeyRegisterOptions: async ({ h }) => post('/oidc/sign-in/passkey/register/options', { request }, { ...PAGE, cookie: await aliceCookie(h) }),
  oidcPasskeyRegister: async ({ h }) => {
    const cookie = await aliceCookie(h);
    const options = await injectJson(h, '/oidc/sign-in/passkey/register/options', { request }, { cookie });
    const passkey = new VirtualAuthenticator({ alg: -7 }).createCredential(options.publicKey, { origin: ORIGIN });
    return post('/oidc/sign-in/passkey/register', { request, auth_code: options.auth_code, passkey }, { ...PAGE, cookie });
  },
};

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
  ...page,
};

/** The aliases run the same handlers: a fifth of the cases is enough for them. */
export const oidcAliases = new Set(['oauthAuthorize', 'oauthToken', 'oauthUserinfo', 'oauthUserinfoPost', 'oauthLogout', 'oidcUserinfoPost']);
