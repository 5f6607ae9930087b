// The requests the benchmark and the profiler make: sessions, a registered passkey, sign-in sequences.
import type autocannon from 'autocannon';
import { VirtualAuthenticator } from '../src/authenticator/index.js';
import { CredentialKey } from '../src/authenticator/credential-key.js';
import { API, CLIENT, ORIGIN, json, signAssertion } from './lib.js';

export const q = (identifier: string) => `client_id=${CLIENT}&identifier=${encodeURIComponent(identifier)}`;
export const ct = { 'content-type': 'application/json' };

export async function session(url: string, identifier: string) {
  const r = await json(`${url}/__sandbox/sessions`, { method: 'POST', body: { client_id: CLIENT, identifier } });
  if (r.status !== 200) throw new Error(`session for ${identifier}: ${r.status} ${JSON.stringify(r.body)}`);
  return { token: r.body.access_token as string, userId: r.body.user_id as string };
}

/** Registers one ES256 passkey for the Bearer's user; returns what is needed to sign assertions. */
export async function registerPasskey(url: string, token: string) {
  const authenticator = new VirtualAuthenticator({ alg: -7 });
  const auth = { authorization: `Bearer ${token}` };
  const init = await json(`${url}${API}/register?client_id=${CLIENT}`, { headers: auth });
  const passkey = authenticator.createCredential(init.body.publicKey, { origin: ORIGIN });
  const done = await json(`${url}${API}/register?client_id=${CLIENT}&auth_code=${init.body.auth_code}`, { method: 'POST', headers: auth, body: { passkey } });
  if (done.status !== 200) throw new Error(`register: ${done.status} ${JSON.stringify(done.body)}`);
  const [c] = authenticator.credentials();
  return { key: CredentialKey.fromPkcs8(-7, c.privateKeyPkcs8), id: c.id, handle: c.userHandle };
}
export type Signer = Awaited<ReturnType<typeof registerPasskey>>;

/** initiate → finish per connection, with a real signature each time (autocannon request sequence). */
export function signInSequence(identifier: string, signer: Signer, extra: autocannon.Request[] = []): autocannon.Request[] {
  type Ctx = { code?: string; challenge?: string; token?: string };
  return [
    {
      method: 'GET', path: `${API}/login?${q(identifier)}`,
      onResponse: (_s: number, body: string, c: Ctx) => { const r = JSON.parse(body); c.code = r.auth_code; c.challenge = r.publicKey?.challenge; },
    } as autocannon.Request,
    {
      method: 'POST', headers: ct,
      setupRequest: (req: autocannon.Request, c: Ctx) => ({
        ...req, path: `${API}/login?${q(identifier)}&auth_code=${c.code}`,
        body: JSON.stringify({ passkey: signAssertion(signer.key, signer.id, signer.handle, c.challenge ?? '') }),
      }),
      onResponse: (_s: number, body: string, c: Ctx) => { c.token = JSON.parse(body).token; },
    } as autocannon.Request,
    ...extra,
  ];
}


/** The single operations `bench:profile` and `bench:ab` load, by name. */
export const operations = ['initiate', 'status', 'list', 'invalid', 'signin'] as const;
export type Operation = typeof operations[number];

/**
 * What autocannon sends for one operation, on a sandbox at `url` where alice has a session
 * (`alice`) and, for `signin`, a passkey (`signer`). `expect`: the status each answer must have.
 */
export function operationRequest(operation: Operation, url: string, alice: { token: string }, signer?: Signer): autocannon.Options & { expect: number } {
  switch (operation) {
    case 'initiate': return { url: `${url}${API}/login?${q('alice@example.com')}`, expect: 200 };
    case 'status': return { url: `${url}${API}/status?${q('alice@example.com')}`, expect: 200 };
    case 'list': return { url: `${url}${API}/credentials`, headers: { authorization: `Bearer ${alice.token}`, 'x-client-id': CLIENT }, expect: 200 };
    case 'invalid': return { url: `${url}${API}/login?client_id=${CLIENT}`, expect: 400 };
    case 'signin':
      if (!signer) throw new Error('signin needs a registered passkey');
      return { url, requests: signInSequence('alice@example.com', signer), expect: 200 };
  }
}
