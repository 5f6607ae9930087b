import t from 'tap';
import * as oidc from 'openid-client';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { AFTER_LOGOUT, codeRequest, oidcHarness, REDIRECT } from './lib/oidc-harness.js';
import { refusal } from './lib/refusal.js';

const h = await oidcHarness(t);


t.test('discovery answers with an issuer byte-equal to the URL the client was given', async (t) => {
  const { config } = await h.client();
  const meta = config.serverMetadata();
  t.equal(meta.issuer, h.issuer);
  t.equal(meta.token_endpoint, `${h.issuer}/token`);
  t.same(meta.code_challenge_methods_supported, ['S256']);
  t.equal(meta.authorization_response_iss_parameter_supported, true);
  const other: any = await (await h.fetch(`${h.sb.url.replace('127.0.0.1', 'localhost')}/oidc/.well-known/openid-configuration`)).json();
  t.equal(other.issuer, `http://localhost:${h.sb.port}/oidc`, 'asked through localhost, the issuer says localhost');
});

t.test('a headless code flow with PKCE, state and nonce gives tokens openid-client verifies, and userinfo', async (t) => {
  const { clientId, userId, config } = await h.client();
  await h.queue(clientId, userId);
  const { verifier, state, nonce, url } = await codeRequest(config);
  const back = await h.authorize(url);
  t.equal(back.status, 302);
  t.equal(back.location!.origin + back.location!.pathname, REDIRECT);
  t.equal(back.location!.searchParams.get('iss'), h.issuer, 'iss rides on the redirect (RFC 9207)');
  const tokens = await oidc.authorizationCodeGrant(config, back.location!, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
  const claims = tokens.claims()!;
  t.match(claims, { iss: h.issuer, sub: userId, aud: clientId, nonce, amr: ['hwk', 'user'], email: 'user2@example.com' });
  t.type(claims.auth_time, 'number');
  t.type(claims.at_hash, 'string');
  t.ok(tokens.refresh_token, 'a refresh token comes with every code exchange');
  const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri!));
  const access = await jwtVerify(tokens.access_token, jwks, { issuer: h.issuer, typ: 'at+jwt', currentDate: new Date(claims.iat * 1000) });
  t.match(access.payload, { sub: userId, client_id: clientId, scope: 'openid email profile' });
  const info = await oidc.fetchUserInfo(config, tokens.access_token, userId);
  t.same(info, { sub: userId, email: 'user2@example.com', email_verified: false }, 'a user made by the control API has not verified an email');
});

/** A signed-in client with tokens, for the tests below. */
async function signedIn(auth: 'basic' | 'post' = 'basic') {
  const c = await h.client(auth);
  await h.queue(c.clientId, c.userId);
  const req = await codeRequest(c.config);
  const back = await h.authorize(req.url);
  const tokens = await oidc.authorizationCodeGrant(c.config, back.location!, { pkceCodeVerifier: req.verifier, expectedState: req.state, expectedNonce: req.nonce });
  return { ...c, req, back, tokens };
}

t.test('refresh tokens rotate, and a rotated one used again is refused with invalid_grant', async (t) => {
  const { config, tokens, userId } = await signedIn();
  const next = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
  t.not(next.refresh_token, tokens.refresh_token, 'a new refresh token');
  t.equal(next.claims()!.sub, userId);
  t.match(await refusal(oidc.refreshTokenGrant(config, tokens.refresh_token!)), { error: 'invalid_grant' });
  t.match(await refusal(oidc.refreshTokenGrant(config, next.refresh_token!)), { error: 'invalid_grant' }, 'reuse revoked the whole grant');
  const journal = h.sb.requests({ operation: 'oidcToken' } as never).filter((e) => e.status === 400);
  t.match(journal.at(-2)?.explanation, /already used/, 'the journal explains the refusal');
});

t.test('a code used twice is refused, and what its first use issued is revoked', async (t) => {
  const { config, back, req, tokens, userId } = await signedIn();
  t.match(await refusal(oidc.authorizationCodeGrant(config, back.location!, { pkceCodeVerifier: req.verifier, expectedState: req.state, expectedNonce: req.nonce })), { error: 'invalid_grant' });
  t.match(await refusal(oidc.refreshTokenGrant(config, tokens.refresh_token!)), { error: 'invalid_grant' });
  t.match(await refusal(oidc.fetchUserInfo(config, tokens.access_token, userId)), { status: 401, cause: [{ scheme: 'bearer', parameters: { error: 'invalid_token', error_description: /revoked/ } }] }, 'userinfo refuses the first access token');
});

t.test('a wrong PKCE verifier is refused with invalid_grant', async (t) => {
  const { clientId, userId, config } = await h.client();
  await h.queue(clientId, userId);
  const req = await codeRequest(config);
  const back = await h.authorize(req.url);
  t.match(await refusal(oidc.authorizationCodeGrant(config, back.location!, { pkceCodeVerifier: oidc.randomPKCECodeVerifier(), expectedState: req.state, expectedNonce: req.nonce })), { error: 'invalid_grant', error_description: /PKCE failed/ });
});

t.test('an unregistered redirect URI gets an HTML error page and no redirect', async (t) => {
  const { config } = await h.client();
  const req = await codeRequest(config, { redirect_uri: 'http://127.0.0.1:9999/elsewhere' });
  const res = await h.authorize(req.url);
  t.equal(res.status, 400);
  t.equal(res.location, null);
  t.match(res.body, /is not a registered redirect URI/);
});

t.test('prompt=none redirects with login_required without a session, and answers at once with one', async (t) => {
  const { clientId, userId, config } = await h.client();
  const silent = await codeRequest(config, { prompt: 'none' });
  const refused = await h.authorize(silent.url);
  t.equal(refused.location!.searchParams.get('error'), 'login_required');
  t.equal(refused.location!.searchParams.get('state'), silent.state);
  t.equal(refused.location!.searchParams.get('iss'), h.issuer);
  await h.queue(clientId, userId);
  const first = await codeRequest(config);
  const signed = await h.authorize(first.url);
  t.ok(signed.cookie, 'the sign-in sets a session cookie');
  const again = await codeRequest(config, { prompt: 'none' });
  const answered = await h.authorize(again.url, signed.cookie);
  t.ok(answered.location!.searchParams.get('code'), 'a code at once');
  const tokens = await oidc.authorizationCodeGrant(config, answered.location!, { pkceCodeVerifier: again.verifier, expectedState: again.state, expectedNonce: again.nonce });
  t.equal(tokens.claims()!.sub, userId);
});

t.test('logout ends the session and goes back to the registered URI; revoke stops the refresh token', async (t) => {
  const { config, tokens } = await signedIn();
  await oidc.tokenRevocation(config, tokens.refresh_token!);
  t.match(await refusal(oidc.refreshTokenGrant(config, tokens.refresh_token!)), { error: 'invalid_grant', error_description: /revoked/ });
  await oidc.tokenRevocation(config, 'rt_unknown.token');
  t.pass('an unknown token is revoked without complaint (RFC 7009)');
  const url = oidc.buildEndSessionUrl(config, { id_token_hint: tokens.id_token!, post_logout_redirect_uri: AFTER_LOGOUT, state: 'bye' });
  const res = await h.authorize(url);
  t.equal(res.status, 302);
  t.equal(res.location!.toString(), `${AFTER_LOGOUT}?state=bye`);
  const unregistered = await h.authorize(oidc.buildEndSessionUrl(config, { id_token_hint: tokens.id_token!, post_logout_redirect_uri: 'http://127.0.0.1:9999/nope' }));
  t.equal(unregistered.status, 400);
  t.equal(unregistered.location, null);
});

t.test('logout ends the session, so prompt=none asks for a sign-in again', async (t) => {
  const { clientId, userId, config } = await h.client();
  await h.queue(clientId, userId);
  const first = await codeRequest(config);
  const signed = await h.authorize(first.url);
  const tokens = await oidc.authorizationCodeGrant(config, signed.location!, { pkceCodeVerifier: first.verifier, expectedState: first.state, expectedNonce: first.nonce });
  await h.authorize(oidc.buildEndSessionUrl(config, { id_token_hint: tokens.id_token! }), signed.cookie);
  const silent = await codeRequest(config, { prompt: 'none' });
  const res = await h.authorize(silent.url, signed.cookie);
  t.equal(res.location!.searchParams.get('error'), 'login_required');
});

t.test('client credentials give the client a token of its own', async (t) => {
  const { clientId, config } = await h.client();
  const tokens = await oidc.clientCredentialsGrant(config, { scope: 'openid' });
  const claims = JSON.parse(Buffer.from(tokens.access_token.split('.')[1], 'base64url').toString());
  t.match(claims, { sub: clientId, client_id: clientId, iss: h.issuer });
  t.notOk(tokens.refresh_token);
});

t.test('client_secret_post works as client_secret_basic does, and a wrong secret is invalid_client', async (t) => {
  const { config, tokens } = await signedIn('post');
  t.ok(tokens.id_token);
  t.ok(await oidc.refreshTokenGrant(config, tokens.refresh_token!));
  const wrong = await oidc.discovery(new URL(h.issuer), config.clientMetadata().client_id, undefined, oidc.ClientSecretPost('wrong-secret'), { execute: [oidc.allowInsecureRequests], [oidc.customFetch]: h.fetch });
  const err = await refusal(oidc.clientCredentialsGrant(wrong));
  t.match(err, { status: 401, cause: [{ scheme: 'basic' }] }, '401 with a Basic challenge');
  t.match(await err.response.json(), { error: 'invalid_client', error_description: /client_secret of client .* is wrong/ });
});
