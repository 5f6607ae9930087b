// A whole OpenID Connect authorization-code flow with openid-client, headless, against a running
// sandbox: discovery → PKCE S256 + state + nonce → sign-in → code exchange (the id_token checked
// by the library, its signature too) → userinfo → refresh.
// Run: npx tsx examples/openid-client.ts [BASE_URL]   (default http://localhost:8787; start it with npm start)
import * as oidc from 'openid-client';

const base = (process.argv[2] ?? process.env.SANDBOX_URL ?? 'http://localhost:8787').replace(/\/$/, '');
const clientId = 'cli_sandbox0000000000001'; // the default scenario's client
const redirectUri = 'http://localhost:3000/callback'; // that client accepts any local port and path
const email = 'alice@example.com';

async function sandbox(path: string, init?: RequestInit): Promise<unknown> {
  const res = await fetch(base + path, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** The client's secret, which an app would keep in its environment (GET /__sandbox/clients shows it). */
async function clientSecret(): Promise<string> {
  const clients = await sandbox('/__sandbox/clients');
  const found = Array.isArray(clients) ? clients.find((c) => c?.client_id === clientId) : undefined;
  if (typeof found?.client_secret !== 'string') throw new Error(`no client ${clientId} at ${base}`);
  return found.client_secret;
}

// 1. Discovery: openid-client checks that the issuer it is given is the one the document names.
// allowInsecureRequests: the sandbox speaks plain http; enableNonRepudiationChecks: check the
// id_token's signature against the JWKS as well.
const config = await oidc.discovery(new URL(`${base}/oidc`), clientId, await clientSecret(), undefined, {
  execute: [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks],
});

// 2. The authorization request an app sends the browser to, with PKCE S256, state and nonce.
const verifier = oidc.randomPKCECodeVerifier();
const state = oidc.randomState();
const nonce = oidc.randomNonce();
const authorize = oidc.buildAuthorizationUrl(config, {
  redirect_uri: redirectUri, scope: 'openid email profile offline_access', state, nonce,
  code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
});

// 3. Headless sign-in (what CI does instead of a person on the sign-in page): queue alice for
// this client's next /authorize, then fetch it without following the redirect to the app.
await sandbox('/__sandbox/oidc/login', {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ client_id: clientId, identifier: email }),
});
const answer = await fetch(authorize, { redirect: 'manual' });
const location = answer.headers.get('location');
if (answer.status !== 302 || !location) throw new Error(`authorize: ${answer.status} ${await answer.text()}`);

// 4. The callback: openid-client checks state, iss, the PKCE verifier, and the id_token (nonce,
// audience, expiry, signature) before handing back the tokens.
const tokens = await oidc.authorizationCodeGrant(config, new URL(location), { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
const claims = tokens.claims();
if (!claims) throw new Error('no id_token');
console.log(`signed in as ${String(claims.email)}`);
console.log(`amr: ${Array.isArray(claims.amr) ? claims.amr.join(' ') : '-'}`);

// 5. userinfo, for the same subject as the id_token (the library checks that too).
const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
console.log(`userinfo: ${info.email} (sub ${info.sub})`);

// 6. Refresh: a new access token and a rotated refresh token, for the same user.
if (!tokens.refresh_token) throw new Error('no refresh_token');
const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token);
const ok = refreshed.access_token !== tokens.access_token && refreshed.refresh_token !== tokens.refresh_token && refreshed.claims()?.sub === claims.sub;
console.log(`refreshed: ${ok ? 'yes' : 'no'}`);
if (!ok) process.exitCode = 1;
