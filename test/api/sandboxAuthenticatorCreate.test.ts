// Tests of operation sandboxAuthenticatorCreate (openapi.yaml), through HTTP.
import t, { type Test } from 'tap';
import { ALICE, build, DEFAULT_CLIENT, durableState, ORIGIN, paths, isError } from '../helper.js';

// POST /__sandbox/authenticators/{id}/create: navigator.credentials.create() over plain HTTP.
// Everything here goes through HTTP only, as a test written in any language would.

const h = await build(t);


async function newAuthenticator(input: object = {}): Promise<string> {
  const res = await h.call({ method: 'POST', url: '/__sandbox/authenticators', payload: input });
  if (res.status !== 201) throw new Error(`create authenticator failed: ${JSON.stringify(res.body)}`);
  return res.body.authenticator_id;
}

/** A signed-in user of a client (a new one per email) and its registration options. */
async function signIn(email: string, clientId = DEFAULT_CLIENT) {
  const session = await h.call({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: clientId, identifier: email } });
  if (session.status !== 200) throw new Error(`session failed: ${JSON.stringify(session.body)}`);
  return { clientId, userId: session.body.user_id as string, auth: { authorization: `Bearer ${session.body.access_token}` } };
}

async function registerInit(user: { clientId: string; auth: Record<string, string> }) {
  const res = await h.call({ url: paths.register({ client_id: user.clientId }), headers: user.auth });
  if (res.status !== 200) throw new Error(`register init failed: ${JSON.stringify(res.body)}`);
  return res.body as { auth_code: string; publicKey: any };
}

const createVia = (id: string, payload: object) => h.call({ method: 'POST', url: `/__sandbox/authenticators/${id}/create`, payload });
const complete = (user: { clientId: string; auth: Record<string, string> }, authCode: string, passkey: unknown) =>
  h.call({ method: 'POST', url: paths.register({ client_id: user.clientId, auth_code: authCode }), headers: user.auth, payload: { passkey } });
const ssojetCredentials = async (user: { clientId: string; auth: Record<string, string> }) =>
  (await h.call({ url: paths.credentials({ client_id: user.clientId }), headers: user.auth })).body as any[];
const heldCredentials = async (id: string) => (await h.call({ url: `/__sandbox/authenticators/${id}/credentials` })).body as any[];

let counter = 0;
const freshEmail = (tag: string) => `${tag}-${++counter}@example.com`;

t.test('the response is a RegistrationResponseJSON that Complete Passkey Registration accepts, for ES256, EdDSA and RS256', async (t) => {
  for (const alg of [-7, -8, -257]) {
    const id = await newAuthenticator({ alg });
    const user = await signIn(freshEmail(`alg${-alg}`));
    const o = await registerInit(user);
    const res = await createVia(id, { publicKey: o.publicKey, origin: ORIGIN });
    t.equal(res.status, 200, JSON.stringify(res.body));
    t.equal(res.body.type, 'public-key');
    t.equal(res.body.id, res.body.rawId);
    t.match(res.body.id, /^[A-Za-z0-9_-]{43}$/, 'a 32-byte credential id');
    t.equal(res.body.response.publicKeyAlgorithm, alg);
    t.same(res.body.response.transports, ['internal']);
    const clientData = JSON.parse(Buffer.from(res.body.response.clientDataJSON, 'base64url').toString('utf8'));
    t.same(clientData, { type: 'webauthn.create', challenge: o.publicKey.challenge, origin: ORIGIN });
    const done = await complete(user, o.auth_code, res.body);
    t.equal(done.status, 200, `alg ${alg}: ${JSON.stringify(done.body)}`);
    t.same(done.body, { status: 'success', message: done.body.message });
    t.same((await ssojetCredentials(user)).map((c) => c.id), [res.body.id], `alg ${alg}: SSOJet lists the credential`);
  }
});

t.test("the authenticator's flags, AAGUID and starting counter reach SSOJet's credential object", async (t) => {
  const aaguid = 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4';
  const id = await newAuthenticator({ backup_eligible: true, backup_state: true, aaguid, sign_count: 7, transports: ['internal', 'hybrid'] });
  const user = await signIn(freshEmail('flags'));
  const o = await registerInit(user);
  const res = await createVia(id, { publicKey: o.publicKey, origin: ORIGIN });
  t.same(res.body.response.transports, ['internal', 'hybrid']);
  t.equal((await complete(user, o.auth_code, res.body)).status, 200);
  const [cred] = await ssojetCredentials(user);
  t.match(cred, { id: res.body.id, backup_eligible: true, backup_state: true, aaguid, SignCount: 7, transports: ['internal', 'hybrid'], attestation_type: 'none' });
  t.match(await heldCredentials(id), [{ credential_id: res.body.id, sign_count: 7 }]);
});

t.test('an authenticator answers for the origin it is given: any localhost port is accepted', async (t) => {
  const id = await newAuthenticator();
  for (const origin of ['http://localhost:5173', 'http://localhost:8080']) {
    const user = await signIn(freshEmail('origin'));
    const o = await registerInit(user);
    const res = await createVia(id, { publicKey: o.publicKey, origin });
    t.equal(JSON.parse(Buffer.from(res.body.response.clientDataJSON, 'base64url').toString()).origin, origin);
    t.equal((await complete(user, o.auth_code, res.body)).status, 200, origin);
  }
});

t.test('an rp.id that is not the origin\'s domain or a suffix of it is refused with SecurityError, as a browser does', async (t) => {
  // WebAuthn §5.1.3 step 8: rp.id "localhost" is not a registrable domain suffix of (nor equal to) 127.0.0.1.
  const id = await newAuthenticator();
  const o = await registerInit(await signIn(freshEmail('security')));
  t.equal(o.publicKey.rp.id, 'localhost');
  isError(t, await createVia(id, { publicKey: o.publicKey, origin: 'http://127.0.0.1:5173' }), 400, 'authenticator_refused', /SecurityError/);
  isError(t, await createVia(id, { publicKey: o.publicKey, origin: 'http://localhost.evil.test:3000' }), 400, 'authenticator_refused', /SecurityError/);
  t.same(await heldCredentials(id), [], 'no credential was made');
});

t.test('an origin pattern with a wildcard port is not an origin: /create refuses it with 400 naming body.origin', async (t) => {
  const id = await newAuthenticator();
  const o = await registerInit(await signIn(freshEmail('wildcard')));
  isError(t, await createVia(id, { publicKey: o.publicKey, origin: 'http://localhost:*' }), 400, 'invalid_request_body', /body.origin/);
  t.same(await heldCredentials(id), [], 'no credential was made');
});

t.test('a second /create for a user who already registered this authenticator is refused with InvalidStateError (excludeCredentials)', async (t) => {
  const id = await newAuthenticator();
  const user = await signIn(freshEmail('exclude'));
  const o1 = await registerInit(user);
  const first = await createVia(id, { publicKey: o1.publicKey, origin: ORIGIN });
  t.equal((await complete(user, o1.auth_code, first.body)).status, 200);
  const o2 = await registerInit(user);
  t.same(o2.publicKey.excludeCredentials.map((d: { id: string }) => d.id), [first.body.id], 'the options exclude the registered credential');
  const before = await heldCredentials(id);
  isError(t, await createVia(id, { publicKey: o2.publicKey, origin: ORIGIN }), 400, 'authenticator_refused',
    new RegExp(`InvalidStateError: credential ${first.body.id} for rpId localhost is listed in excludeCredentials`));
  t.same(await heldCredentials(id), before, 'no second credential was made');
  const other = await newAuthenticator();
  const res = await createVia(other, { publicKey: o2.publicKey, origin: ORIGIN });
  t.equal(res.status, 200, 'another authenticator can still register the same user');
  t.equal((await complete(user, o2.auth_code, res.body)).status, 200);
  t.equal((await ssojetCredentials(user)).length, 2);
});

t.test('an authenticator whose algorithm is not offered refuses with NotSupportedError', async (t) => {
  const id = await newAuthenticator({ alg: -8 });
  const o = await registerInit(await signIn(freshEmail('alg')));
  const publicKey = { ...o.publicKey, pubKeyCredParams: o.publicKey.pubKeyCredParams.filter((p: { alg: number }) => p.alg !== -8) };
  isError(t, await createVia(id, { publicKey, origin: ORIGIN }), 400, 'authenticator_refused', /NotSupportedError: none of the offered algorithms .* this authenticator uses -8/);
  t.same(await heldCredentials(id), []);
});

/** A /create with a fault, then Complete Passkey Registration: refused, named, journaled, nothing stored. */
async function faultRefused(t: Test, fault: string, check: RegExp, clientId = DEFAULT_CLIENT) {
  const id = await newAuthenticator();
  const user = await signIn(freshEmail(fault), clientId);
  const o = await registerInit(user);
  const res = await createVia(id, { publicKey: o.publicKey, origin: ORIGIN, fault });
  t.equal(res.status, 200, `the authenticator answers (${fault}) ${JSON.stringify(res.body)}`);
  const before = durableState(await h.state());
  const done = await complete(user, o.auth_code, res.body);
  isError(t, done, 400, 'passkey_registration_failed', check);
  t.same(durableState(await h.state()), before, 'no credential was stored and nothing else changed');
  t.same(await ssojetCredentials(user), [], 'the user has no passkey');
  const journal = (await h.call({ url: '/__sandbox/requests?operation=completePasskeyRegistration' })).body;
  t.match(journal.at(-1), { operation: 'completePasskeyRegistration', status: 400, client_id: clientId, error: 'passkey_registration_failed', explanation: check });
  // The auth_code is used up, but the user can register again with a clean /create.
  const again = await registerInit(user);
  const good = await createVia(await newAuthenticator(), { publicKey: again.publicKey, origin: ORIGIN });
  t.equal((await complete(user, again.auth_code, good.body)).status, 200, 'a clean registration still works afterwards');
  return res.body;
}

t.test('fault wrong_origin makes a response that SSOJet refuses at the origin check', async (t) => {
  const passkey = await faultRefused(t, 'wrong_origin', /origin check failed: origin "https:\/\/evil.example"/);
  t.equal(JSON.parse(Buffer.from(passkey.response.clientDataJSON, 'base64url').toString()).origin, 'https://evil.example');
});

t.test('fault wrong_rp_id makes a response that SSOJet refuses at the rpId check', async (t) => {
  await faultRefused(t, 'wrong_rp_id', /rpId check failed: .*"localhost"/);
});

t.test('fault wrong_challenge makes a response that SSOJet refuses at the challenge check', async (t) => {
  await faultRefused(t, 'wrong_challenge', /challenge check failed: .*is not the challenge issued with this auth_code/);
});

t.test('fault wrong_type makes a response that SSOJet refuses at the type check', async (t) => {
  await faultRefused(t, 'wrong_type', /type check failed: clientDataJSON.type is "webauthn.get", expected "webauthn.create"/);
});

t.test('fault no_uv makes a response that a client requiring user verification refuses at the userVerification check', async (t) => {
  const client = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'uv-required', policy: { user_verification: 'required' } } });
  t.equal(client.status, 201);
  await faultRefused(t, 'no_uv', /userVerification check failed/, client.body.client_id);
});

t.test('fault no_uv is accepted by a client that only prefers user verification', async (t) => {
  const id = await newAuthenticator();
  const user = await signIn(freshEmail('no-uv-preferred'));
  const o = await registerInit(user);
  t.equal(o.publicKey.authenticatorSelection.userVerification, 'preferred');
  const res = await createVia(id, { publicKey: o.publicKey, origin: ORIGIN, fault: 'no_uv' });
  t.equal((await complete(user, o.auth_code, res.body)).status, 200);
});

t.test('fault no_up makes a response that SSOJet refuses at the userPresence check', async (t) => {
  await faultRefused(t, 'no_up', /userPresence check failed/);
});

t.test('fault cross_origin makes a response that SSOJet refuses at the crossOrigin check', async (t) => {
  const passkey = await faultRefused(t, 'cross_origin', /crossOrigin check failed/);
  t.match(JSON.parse(Buffer.from(passkey.response.clientDataJSON, 'base64url').toString()), { crossOrigin: true, topOrigin: 'https://evil.example' });
});

t.test('faults bad_signature and counter_rollback are for /get only: /create answers 400 invalid_request_body and makes no credential', async (t) => {
  const id = await newAuthenticator();
  const o = await registerInit(await signIn(freshEmail('get-only')));
  for (const fault of ['bad_signature', 'counter_rollback']) {
    isError(t, await createVia(id, { publicKey: o.publicKey, origin: ORIGIN, fault }), 400, 'invalid_request_body', new RegExp(`body.fault ${fault} applies to /get only`));
  }
  t.same(await heldCredentials(id), []);
});

t.test('an unknown fault name is refused with 400 naming body.fault', async (t) => {
  const id = await newAuthenticator();
  const o = await registerInit(await signIn(freshEmail('unknown-fault')));
  isError(t, await createVia(id, { publicKey: o.publicKey, origin: ORIGIN, fault: 'melt' }), 400, 'invalid_request_body', /body.fault/);
  t.same(await heldCredentials(id), []);
});

t.test('an unknown authenticator id is 404 authenticator_not_found; a malformed one is 400', async (t) => {
  const o = await registerInit(await signIn(freshEmail('unknown-id')));
  isError(t, await createVia('auth_000000000000000000000000', { publicKey: o.publicKey, origin: ORIGIN }), 404, 'authenticator_not_found',
    /No virtual authenticator auth_000000000000000000000000; create one with POST \/__sandbox\/authenticators/);
  isError(t, await createVia('auth_XYZ', { publicKey: o.publicKey, origin: ORIGIN }), 400, 'malformed_request', /path.authenticator_id/);
});

t.test('a body without publicKey or origin, or with an origin that is not an origin, is refused with 400 naming the field', async (t) => {
  const id = await newAuthenticator();
  const o = await registerInit(await signIn(freshEmail('bad-body')));
  isError(t, await createVia(id, { origin: ORIGIN }), 400, 'invalid_request_body', /body.publicKey/);
  isError(t, await createVia(id, { publicKey: o.publicKey }), 400, 'invalid_request_body', /body.origin/);
  isError(t, await createVia(id, { publicKey: o.publicKey, origin: 'localhost:3000' }), 400, 'invalid_request_body', /body.origin/);
  isError(t, await createVia(id, { publicKey: { ...o.publicKey, challenge: undefined }, origin: ORIGIN }), 400, 'invalid_request_body', /body.publicKey.challenge|challenge/);
  isError(t, await createVia(id, { publicKey: o.publicKey, origin: ORIGIN, credential_id: 'abc' }), 400, 'invalid_request_body', /body.credential_id/);
  t.same(await heldCredentials(id), [], 'no credential was made by a refused request');
});

t.test('a /create result that is never sent to SSOJet still stays on the authenticator, as on a real device', async (t) => {
  const id = await newAuthenticator();
  const o = await registerInit(await signIn(freshEmail('unsent')));
  const res = await createVia(id, { publicKey: o.publicKey, origin: ORIGIN });
  t.match(await heldCredentials(id), [{ credential_id: res.body.id, rp_id: 'localhost', user_handle: o.publicKey.user.id, alg: -7, sign_count: 0 }]);
});

t.test('ALICE of the default scenario can register an HTTP authenticator too', async (t) => {
  const id = await newAuthenticator();
  const user = await signIn(ALICE.email);
  t.equal(user.userId, ALICE.user_id);
  const o = await registerInit(user);
  const res = await createVia(id, { publicKey: o.publicKey, origin: ORIGIN });
  t.equal((await complete(user, o.auth_code, res.body)).status, 200);
  t.ok((await ssojetCredentials(user)).some((c) => c.id === res.body.id));
});

// Found by the spec fuzzer (test/fuzz, sandboxAuthenticatorCreate case 98): fault wrong_challenge
// drew its challenge from the seeded source before the authenticator refused the options, so a
// refused /create moved the RNG (and every id after it).
t.test('a /create the authenticator refuses leaves the state as it was, RNG position included, even with fault wrong_challenge', async (t) => {
  const id = await newAuthenticator();
  const o = await registerInit(await signIn(freshEmail('refused-rng')));
  const before = await h.state();
  const res = await createVia(id, { publicKey: { ...o.publicKey, pubKeyCredParams: [{ type: 'public-key', alg: -36 }] }, origin: ORIGIN, fault: 'wrong_challenge' });
  isError(t, res, 400, 'authenticator_refused', /NotSupportedError/);
  t.same(await h.state(), before, 'the whole state, rng included, is unchanged');
});

t.test('an origin the URL parser refuses is a 400 naming body.origin, never a 500', async (t) => {
  const id = await newAuthenticator();
  const o = await registerInit(await signIn(freshEmail('bad-url')));
  for (const extra of [{}, { fault: 'wrong_type' }]) {
    isError(t, await createVia(id, { publicKey: o.publicKey, origin: 'https://g=[HsA==<q;f', ...extra }), 400, 'invalid_request_body', /body.origin .* is not a valid URL/);
  }
  t.same(await heldCredentials(id), [], 'nothing was created');
});
