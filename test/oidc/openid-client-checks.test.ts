import t from 'tap';
import * as oidc from 'openid-client';
import { codeRequest, oidcHarness, REDIRECT } from './lib/oidc-harness.js';
import { refusal } from './lib/refusal.js';

const h = await oidcHarness(t);


t.test('openid-client checks the id_token signature against the JWKS: a token with one signature byte changed is refused', async (t) => {
  const { clientId, userId } = await h.client();
  // The same client, its token answers passed through a fetch that flips a bit of the id_token's signature.
  const tamper: typeof fetch = async (input, init) => {
    const res = await h.fetch(input, init);
    if (!new Request(input, init).url.endsWith('/token')) return res;
    const body = await res.json() as { id_token: string };
    const [head, payload, sig] = body.id_token.split('.');
    const bytes = Buffer.from(sig, 'base64url');
    bytes[0] ^= 1;
    return Response.json({ ...body, id_token: `${head}.${payload}.${bytes.toString('base64url')}` }, { status: res.status, headers: res.headers });
  };
  const config = await oidc.discovery(new URL(h.issuer), clientId, undefined, oidc.ClientSecretBasic('sk_test+/=%secret'), {
    execute: [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks], [oidc.customFetch]: tamper,
  });
  await h.queue(clientId, userId);
  const req = await codeRequest(config);
  const back = await h.authorize(req.url);
  const err = await refusal(oidc.authorizationCodeGrant(config, back.location!, { pkceCodeVerifier: req.verifier, expectedState: req.state, expectedNonce: req.nonce }));
  t.equal(err.code, 'OAUTH_INVALID_RESPONSE');
  t.match(String(err.cause?.message), /JWT signature verification failed/, 'refused for its signature');
});

t.test('a public client signs in with PKCE alone (token_endpoint_auth_method none), and without PKCE is sent back with invalid_request', async (t) => {
  const created = await (await h.fetch(`${h.sb.url}/__sandbox/clients`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'spa', public: true, redirect_uris: [REDIRECT] }),
  })).json() as { client_id: string; public: boolean };
  t.equal(created.public, true);
  const user = await (await h.fetch(`${h.sb.url}/__sandbox/users`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ client_id: created.client_id, email: 'spa@example.com' }),
  })).json() as { user_id: string };
  const config = await oidc.discovery(new URL(h.issuer), created.client_id, undefined, oidc.None(), { execute: [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks], [oidc.customFetch]: h.fetch });
  await h.queue(created.client_id, user.user_id);
  const req = await codeRequest(config);
  const back = await h.authorize(req.url);
  const tokens = await oidc.authorizationCodeGrant(config, back.location!, { pkceCodeVerifier: req.verifier, expectedState: req.state, expectedNonce: req.nonce });
  t.equal(tokens.claims()!.sub, user.user_id);
  const bare = oidc.buildAuthorizationUrl(config, { redirect_uri: REDIRECT, scope: 'openid', state: 'no-pkce' });
  const refused = await h.authorize(bare);
  t.equal(refused.location!.searchParams.get('error'), 'invalid_request');
  t.match(refused.location!.searchParams.get('error_description'), /public: send code_challenge/);
  t.equal(refused.location!.searchParams.get('state'), 'no-pkce');
  t.match(await refusal(oidc.clientCredentialsGrant(config)), { error: 'unauthorized_client' }, 'client_credentials needs a confidential client');
});

t.test('every refusal of the OIDC face is explained in the request journal', async (t) => {
  const { config } = await h.client();
  const silent = await codeRequest(config, { prompt: 'none' });
  await h.authorize(silent.url);
  const redirectEntry = h.sb.requests().filter((e) => e.operation === 'oidcAuthorize').at(-1);
  t.match(redirectEntry, { status: 302, explanation: /prompt=none, but no live sign-in session/ }, 'an error redirect');
  const elsewhere = await codeRequest(config, { redirect_uri: 'http://127.0.0.1:9999/elsewhere' });
  await h.authorize(elsewhere.url);
  t.match(h.sb.requests().filter((e) => e.operation === 'oidcAuthorize').at(-1), { status: 400, explanation: /is not a registered redirect URI/ }, 'an error page');
  await refusal(oidc.authorizationCodeGrant(config, new URL(`${REDIRECT}?code=nope&state=${silent.state}&iss=${encodeURIComponent(h.issuer)}`), { pkceCodeVerifier: silent.verifier, expectedState: silent.state }));
  t.match(h.sb.requests().filter((e) => e.operation === 'oidcToken').at(-1), { status: 400, error: 'invalid_grant', explanation: /The code is unknown/ }, 'a token refusal');
});
