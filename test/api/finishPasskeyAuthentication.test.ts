import t, { type Test } from 'tap';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { ALICE, BOB, build, DEFAULT_CLIENT, durableState, ORIGIN, paths, registerPasskey, startLogin, type Harness } from '../helper.js';

const h = await build(t);
const alice = await registerPasskey(h, ALICE.email);
const bob = await registerPasskey(h, BOB.email);

/** Runs a refused finish and checks the envelope, the status, the words, and that nothing durable changed. */
async function refused(t: Test, h: Harness, finishUrl: string, passkey: unknown, expect: { status: number; error: string; description: RegExp }) {
  const before = durableState(await h.state());
  const res = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(res.status, expect.status, JSON.stringify(res.body));
  t.same(Object.keys(res.body).sort(), ['error', 'error_code', 'error_description']);
  t.equal(res.body.error, expect.error);
  t.match(res.body.error_description, expect.description);
  t.same(durableState(await h.state()), before, 'users, credentials and clients are unchanged');
  return res;
}

t.test('a replayed auth_code is refused even with a valid assertion', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  const first = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(first.status, 200);
  await refused(t, h, finishUrl, passkey, { status: 400, error: 'invalid_auth_code', description: /already used/ });
});

t.test('an auth_code is used up by a failed attempt too', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: 'http://evil.test' });
  await refused(t, h, finishUrl, passkey, { status: 401, error: 'passkey_authentication_failed', description: /origin/ });
  const good = alice.authenticator.getAssertion((await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) })).body.publicKey, { origin: ORIGIN });
  await refused(t, h, finishUrl, good, { status: 400, error: 'invalid_auth_code', description: /already used/ });
});

t.test('an assertion replayed against a new ceremony fails the challenge check', async (t) => {
  const first = await startLogin(h, ALICE.email, alice.authenticator);
  t.equal((await h.call({ method: 'POST', url: first.finishUrl, payload: { passkey: first.passkey } })).status, 200);
  const second = await startLogin(h, ALICE.email, alice.authenticator);
  await refused(t, h, second.finishUrl, first.passkey, { status: 401, error: 'passkey_authentication_failed', description: /challenge check failed: .*is not the challenge issued with this auth_code/ });
});

t.test('an expired challenge is refused with challenge_expired (pinned clock)', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  h.services.clock.advance(300_000);
  const res = await refused(t, h, finishUrl, passkey, { status: 400, error: 'challenge_expired', description: /expired at .*Call Initiate Passkey Login/ });
  t.ok(res);
  const status = await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  t.equal(status.body.status, 'expired');
});

t.test('a wrong origin is refused, naming the origin, the allowed ones, and how to allow it', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: 'http://evil.test' });
  await refused(t, h, finishUrl, passkey, { status: 401, error: 'passkey_authentication_failed', description: /origin "http:\/\/evil.test" is not among client cli_sandbox0000000000001's allowed origins \[http:\/\/localhost:\*, http:\/\/127.0.0.1:\*\]; use an allowed origin, or create a client that allows it/ });
});

t.test('a look-alike host is not a localhost origin', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: 'http://localhost.evil.test:3000' });
  await refused(t, h, finishUrl, passkey, { status: 401, error: 'passkey_authentication_failed', description: /origin check failed/ });
});

t.test('an assertion for another RP ID is refused', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN, rpId: 'evil.test' });
  await refused(t, h, finishUrl, passkey, { status: 401, error: 'passkey_authentication_failed', description: /rpId check failed: .*"localhost"/ });
});

t.test('a clientDataJSON of the wrong type (webauthn.create) is refused', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN, type: 'webauthn.create' });
  await refused(t, h, finishUrl, passkey, { status: 401, error: 'passkey_authentication_failed', description: /type check failed: .*"webauthn.create", expected "webauthn.get"/ });
});

t.test('a cross-origin iframe ceremony is refused unless the client allows it', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN, crossOrigin: true, topOrigin: 'http://evil.test' });
  await refused(t, h, finishUrl, passkey, { status: 401, error: 'passkey_authentication_failed', description: /crossOrigin check failed/ });
});

t.test('a tampered signature is refused', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  const sig = Buffer.from(passkey.response.signature, 'base64url');
  sig[sig.length - 1] ^= 0xff;
  const tampered = { ...passkey, response: { ...passkey.response, signature: sig.toString('base64url') } };
  await refused(t, h, finishUrl, tampered, { status: 401, error: 'passkey_authentication_failed', description: /signature check failed: .*does not verify with the stored public key/ });
});

t.test('tampered authenticator data is refused', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  const data = Buffer.from(passkey.response.authenticatorData, 'base64url');
  data[33] += 5; // the counter's low byte: the signature no longer covers these bytes
  const tampered = { ...passkey, response: { ...passkey.response, authenticatorData: data.toString('base64url') } };
  await refused(t, h, finishUrl, tampered, { status: 401, error: 'passkey_authentication_failed', description: /signature/ });
});

t.test('an unknown credential is refused', async (t) => {
  const stranger = new VirtualAuthenticator();
  const init = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: alice.auth });
  stranger.createCredential(init.body.publicKey, { origin: ORIGIN }); // never sent to the sandbox
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, stranger);
  await refused(t, h, finishUrl, passkey, { status: 401, error: 'passkey_authentication_failed', description: /credential .* is not registered for identifier alice@example.com/ });
});

t.test("another user's credential is refused", async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, bob.authenticator);
  await refused(t, h, finishUrl, passkey, { status: 401, error: 'passkey_authentication_failed', description: /credential .* is not registered for identifier alice@example.com/ });
});

t.test('an identifier without an account gets options but cannot finish (no enumeration)', async (t) => {
  const known = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  const unknown = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: 'nobody@example.com' }) });
  t.equal(unknown.status, 200);
  t.same(Object.keys(unknown.body.publicKey).sort(), Object.keys(known.body.publicKey).sort(), 'same shape for known and unknown identifiers');
  const passkey = alice.authenticator.getAssertion(unknown.body.publicKey, { origin: ORIGIN });
  await refused(t, h, paths.login({ client_id: DEFAULT_CLIENT, identifier: 'nobody@example.com', auth_code: unknown.body.auth_code }), passkey,
    { status: 401, error: 'passkey_authentication_failed', description: /is not registered for identifier nobody@example.com/ });
});

t.test('a counter that goes backwards (a cloned authenticator) is refused', async (t) => {
  const ok = await startLogin(h, ALICE.email, alice.authenticator);
  t.equal((await h.call({ method: 'POST', url: ok.finishUrl, payload: { passkey: ok.passkey } })).status, 200);
  const stored = (await h.services.store.getCredential(DEFAULT_CLIENT, alice.credentialId))!;
  t.ok(stored.SignCount > 0);
  alice.authenticator.setSignCount(alice.credentialId, stored.SignCount - 1);
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  await refused(t, h, finishUrl, passkey, { status: 401, error: 'passkey_authentication_failed', description: /signCount check failed: .*counter/ });
  alice.authenticator.setSignCount(alice.credentialId, stored.SignCount + 10);
});

t.test('user verification required by the client but absent is refused', async (t) => {
  const client = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'uv-required', policy: { user_verification: 'required' } } });
  t.equal(client.status, 201);
  const clientId = client.body.client_id;
  const carol = await registerPasskey(h, 'carol@example.com', { clientId });
  const state = carol.authenticator.toJSON();
  const noUv = VirtualAuthenticator.fromJSON({ ...state, options: { ...state.options, uv: false } });
  const { init, passkey, finishUrl } = await startLogin(h, 'carol@example.com', noUv, { origin: ORIGIN }, clientId);
  t.equal(init.publicKey.userVerification, 'required');
  await refused(t, h, finishUrl, passkey, { status: 401, error: 'passkey_authentication_failed', description: /userVerification check failed/ });
});

t.test('user presence absent is refused', async (t) => {
  const state = alice.authenticator.toJSON();
  const noUp = VirtualAuthenticator.fromJSON({ ...state, options: { ...state.options, up: false } });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, noUp);
  await refused(t, h, finishUrl, passkey, { status: 401, error: 'passkey_authentication_failed', description: /userPresence check failed|present/ });
});

t.test('an auth_code of another identifier is refused as unknown', async (t) => {
  const { passkey, init } = await startLogin(h, ALICE.email, alice.authenticator);
  await refused(t, h, paths.login({ client_id: DEFAULT_CLIENT, identifier: BOB.email, auth_code: init.auth_code }), passkey,
    { status: 400, error: 'invalid_auth_code', description: /unknown for this client and identifier/ });
});

t.test('a registration auth_code cannot finish a login', async (t) => {
  const reg = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: alice.auth });
  const { passkey } = await startLogin(h, ALICE.email, alice.authenticator);
  await refused(t, h, paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email, auth_code: reg.body.auth_code }), passkey,
    { status: 400, error: 'invalid_auth_code', description: /belongs to a registration ceremony, not a login/ });
});

t.test('a passkey sent as a JSON string that is not JSON is a 400 and does not use up the auth_code', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  await refused(t, h, finishUrl, '{"id": nope', { status: 400, error: 'invalid_request_body', description: /body.passkey is a string but not JSON/ });
  await refused(t, h, finishUrl, JSON.stringify({ id: 'abc', rawId: 'abc', type: 'public-key', response: { clientDataJSON: 'x' } }),
    { status: 400, error: 'invalid_request_body', description: /body.passkey.response.authenticatorData is required/ });
  const ok = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(ok.status, 200, 'the auth_code still works after malformed requests');
});

t.test('a bare AuthenticationResponseJSON as the whole body signs in, as {passkey} does (F4)', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  const res = await h.call({ method: 'POST', url: finishUrl, payload: passkey });
  t.equal(res.status, 200, JSON.stringify(res.body));
  t.equal(res.body.user_id, ALICE.user_id);
  const claims = await h.services.tokens.verify(res.body.token);
  t.match(claims, { sub: ALICE.user_id, client_id: DEFAULT_CLIENT });
  const status = await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  t.equal(status.body.status, 'verified');
});

t.test('a bare AuthenticationResponseJSON is verified as strictly: a tampered signature is refused and uses the auth_code up', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  const signature = Buffer.from(passkey.response.signature, 'base64url');
  signature[signature.length - 1] ^= 0x01;
  const before = durableState(await h.state());
  const res = await h.call({ method: 'POST', url: finishUrl, payload: { ...passkey, response: { ...passkey.response, signature: signature.toString('base64url') } } });
  t.equal(res.status, 401);
  t.equal(res.body.error, 'passkey_authentication_failed');
  t.match(res.body.error_description, /signature/);
  t.same(durableState(await h.state()), before, 'users, credentials and clients are unchanged');
  const again = await h.call({ method: 'POST', url: finishUrl, payload: passkey });
  t.equal(again.body.error, 'invalid_auth_code', 'the failed attempt used the auth_code up');
});

t.test('a body that is neither {passkey} nor an AuthenticationResponseJSON is a 400 naming body.passkey, and uses nothing up', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  for (const payload of [{}, { id: passkey.id }]) {
    const before = JSON.stringify(await h.state());
    const res = await h.call({ method: 'POST', url: finishUrl, payload });
    t.equal(res.status, 400);
    t.equal(res.body.error, 'invalid_request_body');
    t.equal(JSON.stringify(await h.state()), before, 'the auth_code is untouched');
  }
  const bare = await h.call({ method: 'POST', url: finishUrl, payload: { id: passkey.id, rawId: passkey.rawId, type: 'public-key', response: { clientDataJSON: passkey.response.clientDataJSON } } });
  t.match(bare.body.error_description, /^Invalid request: body\.response\.authenticatorData is required \(required\); body\.response\.signature is required \(required\)$/, 'a nearly bare response is told what it lacks, and nothing about body.passkey');
  t.equal((await h.call({ method: 'POST', url: finishUrl, payload: { passkey } })).status, 200, 'the auth_code still works');
});
