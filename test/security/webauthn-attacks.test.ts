// The WebAuthn attack matrix (docs/attack-matrix.md): one subtest per attack, each a
// real ceremony with the virtual authenticator followed by the hostile request, built for real
// (re-signed where needed, so that only the attacked property is wrong).
// Operations exercised: passkeyRegistrationInitialize, completePasskeyRegistration,
// initiatePasskeyLogin, finishPasskeyAuthentication, deletePasskey, sandboxCreateClient,
// sandboxListRequests (the journal's explanation of each refusal).
// Every subtest asserts: the HTTP status and SSOJet error, the journal entry's explanation
// naming the failed check, that durable state is unchanged, and that the legitimate follow-up
// still works. test/security/attack-matrix-readme.test.ts keeps that table in step.
import { createECDH, createHash } from 'node:crypto';
import t, { type Test } from 'tap';
import type { InjectOptions } from 'fastify';
import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { authenticatorData } from '../../src/authenticator/authenticator-data.js';
import { CredentialKey } from '../../src/authenticator/credential-key.js';
import { ALICE, BOB, build, durableState, isError, ORIGIN, paths, registerPasskey, startLogin } from '../helper.js';

const h = await build(t);
const EVIL = 'https://evil.example';

interface Expect {
  status: number;
  error: string;
  description: RegExp;
  /** The journal's explanation, which starts with "<check> check failed:". */
  explanation: RegExp;
}

let clients = 0;
/** A fresh client per attack (rp_id localhost, any localhost origin), so no attack sees another's state. */
async function newClient(policy: Record<string, unknown> = {}): Promise<string> {
  const res = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: `attack-${++clients}`, policy } });
  if (res.status !== 201) throw new Error(`client: ${JSON.stringify(res.body)}`);
  return res.body.client_id as string;
}

/**
 * Sends the hostile request and checks everything a refusal must be: status and SSOJet error,
 * the journal's explanation (the same operation, status, error and words), durable state unchanged.
 */
async function refused(t: Test, request: InjectOptions & { url: string }, operation: string, expect: Expect) {
  const before = durableState(await h.state());
  const res = await h.call(request);
  isError(t, res, expect.status, expect.error, expect.description);
  const journal = await h.call({ url: '/__sandbox/requests?limit=1' });
  const [entry] = journal.body;
  t.match(entry, { operation, status: expect.status, error: expect.error, error_description: res.body.error_description }, 'the journal recorded the refusal');
  t.match(entry.explanation, expect.explanation, 'the journal explains which check failed');
  t.same(durableState(await h.state()), before, 'users, credentials, tokens and clients are unchanged');
  return res;
}

const finish = (url: string, passkey: unknown) => ({ method: 'POST' as const, url, payload: { passkey } });

/** The legitimate follow-up: a whole sign-in with the real passkey still works. */
async function signsIn(t: Test, clientId: string, email: string, authenticator: VirtualAuthenticator, credentialId?: string) {
  const { passkey, finishUrl } = await startLogin(h, email, authenticator, { origin: ORIGIN, credentialId }, clientId);
  const res = await h.call(finish(finishUrl, passkey));
  t.equal(res.status, 200, `the real passkey still signs in: ${JSON.stringify(res.body)}`);
  return res;
}

/** Registration Initialize for a signed-in user. */
async function regInit(clientId: string, auth: Record<string, string>) {
  const res = await h.call({ url: paths.register({ client_id: clientId }), headers: auth });
  if (res.status !== 200) throw new Error(`register init: ${JSON.stringify(res.body)}`);
  return { publicKey: res.body.publicKey, url: paths.register({ client_id: clientId, auth_code: res.body.auth_code }) };
}

async function signedIn(clientId: string, email: string) {
  return { authorization: `Bearer ${await h.session(email, clientId)}` };
}

const registerRequest = (url: string, auth: Record<string, string>, passkey: unknown) => ({ method: 'POST' as const, url, headers: auth, payload: { passkey } });

/** The legitimate follow-up of a refused registration: a fresh one with a fresh authenticator succeeds and signs in. */
async function registers(t: Test, clientId: string, email: string) {
  const auth = await signedIn(clientId, email);
  const o = await regInit(clientId, auth);
  const authenticator = new VirtualAuthenticator();
  const res = await h.call(registerRequest(o.url, auth, authenticator.createCredential(o.publicKey, { origin: ORIGIN })));
  t.equal(res.status, 200, `a genuine registration still succeeds: ${JSON.stringify(res.body)}`);
  await signsIn(t, clientId, email, authenticator);
}

const b64 = (bytes: Uint8Array) => isoBase64URL.fromBuffer(bytes as Uint8Array<ArrayBuffer>);
const bytes = (text: string) => Buffer.from(text, 'base64url');

/**
 * Rewrites an assertion and signs it again with the credential's own private key, as an attacker
 * holding the key (a clone) would: the signature is valid, only the rewritten property is wrong.
 */
function resign(authenticator: VirtualAuthenticator, passkey: ReturnType<VirtualAuthenticator['getAssertion']>, edit: { authData?: (data: Buffer) => void }) {
  const credential = authenticator.credentials().find((c) => c.id === passkey.id)!;
  const authData = bytes(passkey.response.authenticatorData);
  edit.authData?.(authData);
  const clientDataHash = createHash('sha256').update(bytes(passkey.response.clientDataJSON)).digest();
  const signature = CredentialKey.fromPkcs8(credential.alg, credential.privateKeyPkcs8).sign(Buffer.concat([authData, clientDataHash]));
  return { ...passkey, response: { ...passkey.response, authenticatorData: authData.toString('base64url'), signature: b64(signature) } };
}

const LOGIN_FAILED = { status: 401, error: 'passkey_authentication_failed' } as const;
const REGISTRATION_FAILED = { status: 400, error: 'passkey_registration_failed' } as const;

// ---------------------------------------------------------------------------------------------
// Replays and foreign challenges
// ---------------------------------------------------------------------------------------------

t.test('replayed assertion (same auth_code)', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN }, c);
  t.equal((await h.call(finish(finishUrl, passkey))).status, 200, 'the original sign-in');
  await refused(t, finish(finishUrl, passkey), 'finishPasskeyAuthentication', {
    status: 400, error: 'invalid_auth_code', description: /auth_code \w+ was already used \(a previous attempt succeeded\)/,
    explanation: /^auth_code check failed: .*was already used.*Call Initiate Passkey Login/,
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
});

t.test('replayed assertion (new ceremony)', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const first = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN }, c);
  t.equal((await h.call(finish(first.finishUrl, first.passkey))).status, 200, 'the original sign-in');
  const second = await h.call({ url: paths.login({ client_id: c, identifier: ALICE.email }) });
  await refused(t, finish(paths.login({ client_id: c, identifier: ALICE.email, auth_code: second.body.auth_code }), first.passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /challenge check failed/,
    explanation: /^challenge check failed: clientDataJSON.challenge ".+" is not the challenge issued with this auth_code/,
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
});

t.test('replayed attestation (same auth_code)', async (t) => {
  const c = await newClient();
  const auth = await signedIn(c, ALICE.email);
  const o = await regInit(c, auth);
  const authenticator = new VirtualAuthenticator();
  const passkey = authenticator.createCredential(o.publicKey, { origin: ORIGIN });
  t.equal((await h.call(registerRequest(o.url, auth, passkey))).status, 200, 'the original registration');
  await refused(t, registerRequest(o.url, auth, passkey), 'completePasskeyRegistration', {
    status: 400, error: 'invalid_auth_code', description: /was already used/,
    explanation: /^auth_code check failed: .*was already used.*Call Passkey Registration Initialize/,
  });
  await signsIn(t, c, ALICE.email, authenticator);
});

t.test('replayed attestation (new ceremony)', async (t) => {
  const c = await newClient();
  const auth = await signedIn(c, ALICE.email);
  const o1 = await regInit(c, auth);
  const authenticator = new VirtualAuthenticator();
  const passkey = authenticator.createCredential(o1.publicKey, { origin: ORIGIN });
  t.equal((await h.call(registerRequest(o1.url, auth, passkey))).status, 200, 'the original registration');
  const o2 = await regInit(c, auth);
  await refused(t, registerRequest(o2.url, auth, passkey), 'completePasskeyRegistration', {
    ...REGISTRATION_FAILED, description: /challenge check failed/,
    explanation: /^challenge check failed: clientDataJSON.challenge ".+" is not the challenge issued with this auth_code/,
  });
  await signsIn(t, c, ALICE.email, authenticator);
});

t.test('challenge from another ceremony', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const a = await h.call({ url: paths.login({ client_id: c, identifier: ALICE.email }) });
  const b = await h.call({ url: paths.login({ client_id: c, identifier: ALICE.email }) });
  // Validly signed, but over ceremony A's challenge, and sent to finish ceremony B.
  const passkey = alice.authenticator.getAssertion(b.body.publicKey, { origin: ORIGIN, challenge: a.body.publicKey.challenge });
  await refused(t, finish(paths.login({ client_id: c, identifier: ALICE.email, auth_code: b.body.auth_code }), passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: new RegExp(`challenge check failed: clientDataJSON.challenge "${a.body.publicKey.challenge}" is not the challenge issued with this auth_code \\("${b.body.publicKey.challenge}"\\)`),
    explanation: /^challenge check failed: /,
  });
  const own = alice.authenticator.getAssertion(a.body.publicKey, { origin: ORIGIN });
  t.equal((await h.call(finish(paths.login({ client_id: c, identifier: ALICE.email, auth_code: a.body.auth_code }), own))).status, 200, 'ceremony A itself still finishes');
});

t.test('challenge from another client', async (t) => {
  const [a, b] = [await newClient(), await newClient()];
  const authenticator = new VirtualAuthenticator();
  const onA = await registerPasskey(h, ALICE.email, { clientId: a, authenticator });
  const onB = await registerPasskey(h, ALICE.email, { clientId: b, authenticator });
  const started = await startLogin(h, ALICE.email, authenticator, { origin: ORIGIN, credentialId: onA.credentialId }, a);
  // 1. Client A's auth_code (and its challenge) finished at client B.
  await refused(t, finish(paths.login({ client_id: b, identifier: ALICE.email, auth_code: started.init.auth_code }), started.passkey), 'finishPasskeyAuthentication', {
    status: 400, error: 'invalid_auth_code', description: /auth_code \w+ is unknown for this client and identifier/,
    explanation: /^auth_code check failed: auth_code \w+ is unknown for this client and identifier/,
  });
  // 2. Client B's auth_code with an assertion (B's credential) signed over client A's challenge.
  const onBInit = await h.call({ url: paths.login({ client_id: b, identifier: ALICE.email }) });
  const crossed = authenticator.getAssertion(onBInit.body.publicKey, { origin: ORIGIN, credentialId: onB.credentialId, challenge: started.init.publicKey.challenge });
  await refused(t, finish(paths.login({ client_id: b, identifier: ALICE.email, auth_code: onBInit.body.auth_code }), crossed), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /challenge check failed/, explanation: /^challenge check failed: /,
  });
  t.equal((await h.call(finish(started.finishUrl, started.passkey))).status, 200, "client A's ceremony still finishes at client A");
});

t.test('expired challenge (login)', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN }, c);
  h.services.clock.advance(h.services.config.challengeTimeoutMs);
  await refused(t, finish(finishUrl, passkey), 'finishPasskeyAuthentication', {
    status: 400, error: 'challenge_expired', description: /The challenge of auth_code \w+ expired at .*Call Initiate Passkey Login/,
    explanation: /^challenge expiry check failed: The challenge of auth_code \w+ expired at /,
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
});

t.test('expired challenge (registration)', async (t) => {
  const c = await newClient();
  const auth = await signedIn(c, ALICE.email);
  const o = await regInit(c, auth);
  const passkey = new VirtualAuthenticator().createCredential(o.publicKey, { origin: ORIGIN });
  h.services.clock.advance(h.services.config.challengeTimeoutMs);
  await refused(t, registerRequest(o.url, auth, passkey), 'completePasskeyRegistration', {
    status: 400, error: 'challenge_expired', description: /expired at .*Call Passkey Registration Initialize/,
    explanation: /^challenge expiry check failed: /,
  });
  await registers(t, c, ALICE.email);
});

// ---------------------------------------------------------------------------------------------
// Who the response was made for: origin, RP ID, type, cross-origin iframes
// ---------------------------------------------------------------------------------------------

t.test('wrong origin (login)', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: EVIL }, c);
  await refused(t, finish(finishUrl, passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /origin check failed: origin "https:\/\/evil.example" is not among client \w+'s allowed origins/,
    explanation: /^origin check failed: origin "https:\/\/evil.example" is not among .*use an allowed origin, or create a client that allows it/,
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
});

t.test('wrong origin (registration)', async (t) => {
  const c = await newClient();
  const auth = await signedIn(c, ALICE.email);
  const o = await regInit(c, auth);
  const passkey = new VirtualAuthenticator().createCredential(o.publicKey, { origin: EVIL });
  await refused(t, registerRequest(o.url, auth, passkey), 'completePasskeyRegistration', {
    ...REGISTRATION_FAILED, description: /origin check failed: origin "https:\/\/evil.example"/,
    explanation: /^origin check failed: origin "https:\/\/evil.example" is not among /,
  });
  await registers(t, c, ALICE.email);
});

t.test('wrong RP ID (login)', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN, rpId: 'evil.example' }, c);
  await refused(t, finish(finishUrl, passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /rpId check failed/,
    explanation: /^rpId check failed: authenticatorData.rpIdHash is not SHA-256 of the client's rp_id "localhost"/,
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
});

t.test('wrong RP ID (registration)', async (t) => {
  const c = await newClient();
  const auth = await signedIn(c, ALICE.email);
  const o = await regInit(c, auth);
  const passkey = new VirtualAuthenticator().createCredential(o.publicKey, { origin: ORIGIN, rpId: 'evil.example' });
  await refused(t, registerRequest(o.url, auth, passkey), 'completePasskeyRegistration', {
    ...REGISTRATION_FAILED, description: /rpId check failed/,
    explanation: /^rpId check failed: authenticatorData.rpIdHash is not SHA-256 of the client's rp_id "localhost"/,
  });
  await registers(t, c, ALICE.email);
});

t.test('wrong type: webauthn.get for create', async (t) => {
  const c = await newClient();
  const auth = await signedIn(c, ALICE.email);
  const o = await regInit(c, auth);
  const passkey = new VirtualAuthenticator().createCredential(o.publicKey, { origin: ORIGIN, type: 'webauthn.get' });
  await refused(t, registerRequest(o.url, auth, passkey), 'completePasskeyRegistration', {
    ...REGISTRATION_FAILED, description: /type check failed/,
    explanation: /^type check failed: clientDataJSON.type is "webauthn.get", expected "webauthn.create"/,
  });
  await registers(t, c, ALICE.email);
});

t.test('wrong type: webauthn.create for get', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN, type: 'webauthn.create' }, c);
  await refused(t, finish(finishUrl, passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /type check failed/,
    explanation: /^type check failed: clientDataJSON.type is "webauthn.create", expected "webauthn.get"/,
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
});

t.test('cross-origin iframe (crossOrigin: true)', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN, crossOrigin: true, topOrigin: EVIL }, c);
  await refused(t, finish(finishUrl, passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /crossOrigin check failed/,
    explanation: /^crossOrigin check failed: clientDataJSON.crossOrigin is true \(a ceremony inside a cross-origin iframe\) and client \w+ does not allow it \(policy.allow_cross_origin is false\)/,
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
  // The same response shape is accepted by a client that opts in to iframes.
  const open = await newClient({ allow_cross_origin: true });
  const carol = await registerPasskey(h, 'carol@example.com', { clientId: open });
  const framed = await startLogin(h, 'carol@example.com', carol.authenticator, { origin: ORIGIN, crossOrigin: true, topOrigin: EVIL }, open);
  t.equal((await h.call(finish(framed.finishUrl, framed.passkey))).status, 200, 'allowed when policy.allow_cross_origin is true');
});

t.test('cross-origin iframe (topOrigin without crossOrigin)', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN, crossOrigin: false, topOrigin: EVIL }, c);
  await refused(t, finish(finishUrl, passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /topOrigin check failed/,
    explanation: /^topOrigin check failed: clientDataJSON.topOrigin "https:\/\/evil.example" differs from origin "http:\/\/localhost:3000"/,
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
  // Even a client that allows iframes refuses it: topOrigin without crossOrigin is no browser's answer.
  const open = await newClient({ allow_cross_origin: true });
  const carol = await registerPasskey(h, 'carol@example.com', { clientId: open });
  const odd = await startLogin(h, 'carol@example.com', carol.authenticator, { origin: ORIGIN, crossOrigin: false, topOrigin: EVIL }, open);
  await refused(t, finish(odd.finishUrl, odd.passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /topOrigin check failed/,
    explanation: /^topOrigin check failed: clientDataJSON.topOrigin is set but crossOrigin is not true/,
  });
  await signsIn(t, open, 'carol@example.com', carol.authenticator);
});

// ---------------------------------------------------------------------------------------------
// Tampering: the signature must no longer match
// ---------------------------------------------------------------------------------------------

const SIGNATURE_FAILED = /^signature check failed: the signature over authenticatorData and the SHA-256 of clientDataJSON does not verify with the stored public key of credential /;

t.test('tampered clientDataJSON', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN }, c);
  // Rewritten to another origin the client also allows: every clientDataJSON check passes, the signature does not.
  const data = JSON.parse(bytes(passkey.response.clientDataJSON).toString('utf8'));
  const rewritten = Buffer.from(JSON.stringify({ ...data, origin: 'http://localhost:4000' }), 'utf8').toString('base64url');
  await refused(t, finish(finishUrl, { ...passkey, response: { ...passkey.response, clientDataJSON: rewritten } }), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /signature check failed/, explanation: SIGNATURE_FAILED,
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
});

t.test('tampered authenticatorData', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN }, c);
  const data = bytes(passkey.response.authenticatorData);
  data[33] += 5; // the counter's high byte: a higher counter (past clone detection), not covered by the signature
  await refused(t, finish(finishUrl, { ...passkey, response: { ...passkey.response, authenticatorData: data.toString('base64url') } }), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /signature check failed/, explanation: SIGNATURE_FAILED,
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
});

t.test('tampered signature', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN }, c);
  const sig = bytes(passkey.response.signature);
  sig[sig.length - 1] ^= 0xff;
  await refused(t, finish(finishUrl, { ...passkey, response: { ...passkey.response, signature: sig.toString('base64url') } }), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /signature check failed/, explanation: SIGNATURE_FAILED,
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
});

// ---------------------------------------------------------------------------------------------
// Whose credential: another user, another client, a deleted one
// ---------------------------------------------------------------------------------------------

t.test('credential of another user', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const bob = await registerPasskey(h, BOB.email, { clientId: c });
  // Bob's genuine passkey, validly signed, offered to finish Alice's sign-in.
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, bob.authenticator, { origin: ORIGIN }, c);
  await refused(t, finish(finishUrl, passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /credential check failed/,
    explanation: new RegExp(`^credential check failed: credential ${bob.credentialId} is not registered for identifier alice@example.com with client ${c}`),
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
  await signsIn(t, c, BOB.email, bob.authenticator);
});

t.test('credential of another client', async (t) => {
  const [a, b] = [await newClient(), await newClient()];
  const alice = await registerPasskey(h, ALICE.email, { clientId: a });
  const elsewhere = await registerPasskey(h, ALICE.email, { clientId: b }); // same user name, same RP ID, other client
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, elsewhere.authenticator, { origin: ORIGIN }, a);
  await refused(t, finish(finishUrl, passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /credential check failed/,
    explanation: new RegExp(`^credential check failed: credential ${elsewhere.credentialId} is not registered for identifier alice@example.com with client ${a}`),
  });
  await signsIn(t, a, ALICE.email, alice.authenticator);
  await signsIn(t, b, ALICE.email, elsewhere.authenticator);
});

t.test('deleted credential', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const deleted = await h.call({ method: 'DELETE', url: paths.credential(alice.credentialId, { client_id: c }), headers: alice.auth });
  t.equal(deleted.status, 200, 'deletePasskey');
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN }, c);
  await refused(t, finish(finishUrl, passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /credential check failed/,
    explanation: new RegExp(`^credential check failed: credential ${alice.credentialId} is not registered for identifier alice@example.com`),
  });
  await registers(t, c, ALICE.email);
});

// ---------------------------------------------------------------------------------------------
// The authenticator's own claims: counter, UP, UV, algorithm, credential id
// ---------------------------------------------------------------------------------------------

const storedCount = async (clientId: string, credentialId: string) => (await h.services.store.getCredential(clientId, credentialId))!.SignCount;

t.test('counter rollback', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  await signsIn(t, c, ALICE.email, alice.authenticator);
  await signsIn(t, c, ALICE.email, alice.authenticator);
  t.equal(await storedCount(c, alice.credentialId), 2);
  // A clone of the key whose counter lags behind: validly signed with counter 1.
  alice.authenticator.setSignCount(alice.credentialId, 0);
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN }, c);
  await refused(t, finish(finishUrl, passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /signCount check failed: authenticatorData.signCount 1 is not greater than the stored counter 2/,
    explanation: /^signCount check failed: authenticatorData.signCount 1 is not greater than the stored counter 2: a counter that does not increase suggests a cloned authenticator .*delete the passkey and register it again/,
  });
  alice.authenticator.setSignCount(alice.credentialId, 2);
  await signsIn(t, c, ALICE.email, alice.authenticator);
  t.equal(await storedCount(c, alice.credentialId), 3, 'the real authenticator moves on');
});

t.test('counter not increasing (same value)', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  // Not an attack: counter 0 with 0 stored means "this authenticator does not count" (accepted).
  const zero = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN }, c);
  const uncounted = resign(alice.authenticator, zero.passkey, { authData: (d) => d.writeUInt32BE(0, 33) });
  t.equal((await h.call(finish(zero.finishUrl, uncounted))).status, 200, 'counter 0 with 0 stored is accepted');
  await signsIn(t, c, ALICE.email, alice.authenticator); // the authenticator had counted to 1 meanwhile: now 2
  t.equal(await storedCount(c, alice.credentialId), 2);
  alice.authenticator.setSignCount(alice.credentialId, 1); // its next assertion says 2 again
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN }, c);
  await refused(t, finish(finishUrl, passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /signCount check failed: authenticatorData.signCount 2 is not greater than the stored counter 2/,
    explanation: /^signCount check failed: authenticatorData.signCount 2 is not greater than the stored counter 2/,
  });
  const again = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN }, c);
  const zeroNow = resign(alice.authenticator, again.passkey, { authData: (d) => d.writeUInt32BE(0, 33) });
  await refused(t, finish(again.finishUrl, zeroNow), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /signCount check failed: authenticatorData.signCount 0 is not greater than the stored counter 2/,
    explanation: /^signCount check failed: /,
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
});

t.test('UP absent (login)', async (t) => {
  const c = await newClient();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN, up: false }, c);
  await refused(t, finish(finishUrl, passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /userPresence check failed/,
    explanation: /^userPresence check failed: User not present during authentication \(UP flag\)/,
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
});

t.test('UP absent (registration)', async (t) => {
  const c = await newClient();
  const auth = await signedIn(c, ALICE.email);
  const o = await regInit(c, auth);
  const passkey = new VirtualAuthenticator().createCredential(o.publicKey, { origin: ORIGIN, up: false });
  await refused(t, registerRequest(o.url, auth, passkey), 'completePasskeyRegistration', {
    ...REGISTRATION_FAILED, description: /userPresence check failed/,
    explanation: /^userPresence check failed: User presence was required, but user was not present \(UP flag\)/,
  });
  await registers(t, c, ALICE.email);
});

t.test('UV absent when required (login)', async (t) => {
  const c = await newClient({ user_verification: 'required' });
  const alice = await registerPasskey(h, ALICE.email, { clientId: c });
  const { init, passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN, uv: false }, c);
  t.equal(init.publicKey.userVerification, 'required');
  await refused(t, finish(finishUrl, passkey), 'finishPasskeyAuthentication', {
    ...LOGIN_FAILED, description: /userVerification check failed/,
    explanation: /^userVerification check failed: User verification required, but user could not be verified; the client's policy requires user verification \(UV flag\)/,
  });
  await signsIn(t, c, ALICE.email, alice.authenticator);
  // Contrast: without UV, a client whose policy only prefers it signs in.
  const relaxed = await newClient({ user_verification: 'preferred' });
  const bob = await registerPasskey(h, BOB.email, { clientId: relaxed });
  const noUv = await startLogin(h, BOB.email, bob.authenticator, { origin: ORIGIN, uv: false }, relaxed);
  t.equal((await h.call(finish(noUv.finishUrl, noUv.passkey))).status, 200, 'UV absent is fine when the policy does not require it');
});

t.test('UV absent when required (registration)', async (t) => {
  const c = await newClient({ user_verification: 'required' });
  const auth = await signedIn(c, ALICE.email);
  const o = await regInit(c, auth);
  t.equal(o.publicKey.authenticatorSelection.userVerification, 'required');
  const passkey = new VirtualAuthenticator().createCredential(o.publicKey, { origin: ORIGIN, uv: false });
  await refused(t, registerRequest(o.url, auth, passkey), 'completePasskeyRegistration', {
    ...REGISTRATION_FAILED, description: /userVerification check failed/,
    explanation: /^userVerification check failed: User verification was required, but user could not be verified/,
  });
  await registers(t, c, ALICE.email);
});

t.test('unsupported algorithm', async (t) => {
  const c = await newClient();
  const auth = await signedIn(c, ALICE.email);
  const o = await regInit(c, auth);
  const offered = o.publicKey.pubKeyCredParams.map((p: { alg: number }) => p.alg);
  t.notOk(offered.includes(-47), 'ES256K (-47) is not offered');
  // A genuine secp256k1 key (ES256K, COSE -47; fixed private key), in an otherwise valid "none"
  // attestation: the right challenge, origin, RP ID, flags and a fresh credential id.
  const ecdh = createECDH('secp256k1');
  ecdh.setPrivateKey(createHash('sha256').update('attack-matrix es256k').digest());
  const point = ecdh.getPublicKey();
  const cose = isoCBOR.encode(new Map<number, number | Uint8Array>([[1, 2], [3, -47], [-1, 8], [-2, new Uint8Array(point.subarray(1, 33))], [-3, new Uint8Array(point.subarray(33))]]));
  const credentialId = new Uint8Array(createHash('sha256').update('attack-matrix credential').digest());
  const authData = authenticatorData({
    rpId: 'localhost', up: true, uv: true, backupEligible: false, backupState: false, signCount: 0,
    attestedCredential: { aaguid: new Uint8Array(16), credentialId, publicKeyCose: cose },
  });
  const attestationObject = isoCBOR.encode(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]) as never);
  const clientDataJSON = Buffer.from(JSON.stringify({ type: 'webauthn.create', challenge: o.publicKey.challenge, origin: ORIGIN, crossOrigin: false })).toString('base64url');
  const passkey = {
    id: b64(credentialId), rawId: b64(credentialId), type: 'public-key',
    response: { clientDataJSON, attestationObject: b64(attestationObject), transports: ['internal'] },
    clientExtensionResults: {},
  };
  await refused(t, registerRequest(o.url, auth, passkey), 'completePasskeyRegistration', {
    ...REGISTRATION_FAILED, description: /algorithm check failed/,
    explanation: /^algorithm check failed: the credential's public key uses COSE algorithm -47, which is not among the offered pubKeyCredParams \(-7, -35, -36, -257, -258, -259, -37, -38, -39, -8\); use an authenticator with one of those algorithms/,
  });
  await registers(t, c, ALICE.email);
});

t.test('duplicate credential registration (excludeCredentials ignored)', async (t) => {
  const c = await newClient();
  const seeded = () => new VirtualAuthenticator({ randomBytes: (n) => new Uint8Array(n).fill(7) });
  const original = seeded();
  const alice = await registerPasskey(h, ALICE.email, { clientId: c, authenticator: original });
  const o = await regInit(c, alice.auth);
  t.same(o.publicKey.excludeCredentials.map((d: { id: string }) => d.id), [alice.credentialId], 'the options exclude the registered credential');
  // A clone (same id and key) that does not hold the excluded id, so it answers anyway.
  const passkey = seeded().createCredential(o.publicKey, { origin: ORIGIN });
  t.equal(passkey.id, alice.credentialId);
  await refused(t, registerRequest(o.url, alice.auth, passkey), 'completePasskeyRegistration', {
    status: 409, error: 'passkey_already_registered', description: new RegExp(`Credential ${alice.credentialId} is already registered with client ${c}`),
    explanation: /^credential id check failed: Credential .* is already registered .*excludeCredentials.*delete it first to register it again/,
  });
  // Another user of the same client cannot take it over either.
  const bobAuth = await signedIn(c, BOB.email);
  const ob = await regInit(c, bobAuth);
  await refused(t, registerRequest(ob.url, bobAuth, seeded().createCredential(ob.publicKey, { origin: ORIGIN })), 'completePasskeyRegistration', {
    status: 409, error: 'passkey_already_registered', description: /already registered/, explanation: /^credential id check failed: /,
  });
  await signsIn(t, c, ALICE.email, original);
});

t.test('oversized credential id', async (t) => {
  const c = await newClient();
  const auth = await signedIn(c, ALICE.email);
  const o = await regInit(c, auth);
  const big = new VirtualAuthenticator();
  const passkey = big.createCredential(o.publicKey, { origin: ORIGIN, credentialIdLength: 1024 });
  t.equal(bytes(passkey.id).length, 1024);
  await refused(t, registerRequest(o.url, auth, passkey), 'completePasskeyRegistration', {
    ...REGISTRATION_FAILED, description: /credentialId check failed: the credential id is 1024 bytes long; WebAuthn allows at most 1023 bytes/,
    explanation: /^credentialId check failed: the credential id is 1024 bytes long; WebAuthn allows at most 1023 bytes .*Use an authenticator that makes ids of 16 to 1023 bytes/,
  });
  // The limit itself is fine: a 1023-byte id registers and signs in.
  const o2 = await regInit(c, auth);
  const edge = new VirtualAuthenticator();
  const atLimit = edge.createCredential(o2.publicKey, { origin: ORIGIN, credentialIdLength: 1023 });
  t.equal((await h.call(registerRequest(o2.url, auth, atLimit))).status, 200, 'a 1023-byte id is accepted');
  await signsIn(t, c, ALICE.email, edge);
});
