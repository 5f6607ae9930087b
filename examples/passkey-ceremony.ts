// A whole passkey ceremony against the sandbox, in-process, with the exported virtual
// authenticator: sign in → register a passkey → sign in with it → verify the token.
// Run: node --import tsx examples/passkey-ceremony.ts   (the README shows this file verbatim)
import { createSandbox, VirtualAuthenticator } from 'ssojet-sandbox';

const sb = await createSandbox({ seed: 42 });
const call = async (path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) => {
  const res = await fetch(sb.url + path, {
    method: init.method ?? 'GET',
    headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
};
const client = `client_id=${sb.clientId}`;
const origin = 'http://localhost:3000'; // any http://localhost:<port> is allowed by the default client

// 1. The user is signed in (in your app: your existing sign-in; here the sandbox's shortcut).
const session = await call('/__sandbox/sessions', { method: 'POST', body: { client_id: sb.clientId, identifier: 'alice@example.com' } });
const bearer = { authorization: `Bearer ${session.body.access_token}` };

// 2. Register a passkey: SSOJet's creation options → the authenticator → SSOJet verifies.
const reg = await call(`/api/v1/auth/passwordless/passkey/register?${client}`, { headers: bearer });
const authenticator = new VirtualAuthenticator({ alg: -7 }); // ES256; also -8 (EdDSA), -257 (RS256)
const attestation = authenticator.createCredential(reg.body.publicKey, { origin });
const registered = await call(`/api/v1/auth/passwordless/passkey/register?${client}&auth_code=${reg.body.auth_code}`,
  { method: 'POST', headers: bearer, body: { passkey: attestation } });
console.log('register:', registered.status, registered.body.message);

// 3. Sign in with it: request options → the authenticator signs → SSOJet verifies and returns a token.
const login = await call(`/api/v1/auth/passwordless/passkey/login?${client}&identifier=alice@example.com`);
const assertion = authenticator.getAssertion(login.body.publicKey, { origin });
const signedIn = await call(`/api/v1/auth/passwordless/passkey/login?${client}&identifier=alice@example.com&auth_code=${login.body.auth_code}`,
  { method: 'POST', body: { passkey: assertion } });
console.log('login:', signedIn.status, 'user_id', signedIn.body.user_id);

// 4. The token is an RS256 JWT, verifiable with the sandbox's JWKS.
const [, payload] = signedIn.body.token.split('.');
console.log('token sub:', JSON.parse(Buffer.from(payload, 'base64url').toString()).sub);
const status = await call(`/api/v1/auth/passwordless/passkey/status?${client}&identifier=alice@example.com`);
console.log('status:', status.body.status);

await sb.close();
