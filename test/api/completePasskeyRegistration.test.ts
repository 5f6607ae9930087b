import t, { type Test } from 'tap';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { ALICE, BOB, build, DEFAULT_CLIENT, durableState, ORIGIN, paths, type Harness } from '../helper.js';

const h = await build(t);
const aliceToken = await h.session(ALICE.email);
const auth = { authorization: `Bearer ${aliceToken}` };

async function init(headers = auth, clientId = DEFAULT_CLIENT) {
  const res = await h.call({ url: paths.register({ client_id: clientId }), headers });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return res.body as { auth_code: string; publicKey: any };
}

async function refused(t: Test, h: Harness, url: string, payload: unknown, expect: { status: number; error: string; description: RegExp }, headers = auth) {
  const before = durableState(await h.state());
  const res = await h.call({ method: 'POST', url, headers, payload: payload as object });
  t.equal(res.status, expect.status, JSON.stringify(res.body));
  t.equal(res.body.error, expect.error);
  t.match(res.body.error_description, expect.description);
  t.same(durableState(await h.state()), before, 'no credential was stored and nothing else changed');
}

t.test('a bare RegistrationResponseJSON body is accepted, as is one wrapped in passkey as a JSON string', async (t) => {
  const a = new VirtualAuthenticator({ alg: -8 });
  const first = await init();
  const bare = a.createCredential(first.publicKey, { origin: ORIGIN });
  const res1 = await h.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: first.auth_code }), headers: auth, payload: bare });
  t.equal(res1.status, 200, JSON.stringify(res1.body));
  const second = await init();
  t.equal(second.publicKey.excludeCredentials.length, 1);
  const b = new VirtualAuthenticator();
  const str = JSON.stringify(b.createCredential(second.publicKey, { origin: 'http://127.0.0.1:5173' }));
  const res2 = await h.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: second.auth_code }), headers: auth, payload: { passkey: str, email: 'ALICE@example.com' } });
  t.equal(res2.status, 200, JSON.stringify(res2.body));
  const list = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: auth });
  t.same(list.body.map((c: { id: string }) => c.id).sort(), [bare.id, JSON.parse(str).id].sort());
});

t.test('backup flags and the AAGUID of the authenticator are stored as SSOJet fields', async (t) => {
  const a = new VirtualAuthenticator({ backupEligible: true, backupState: true, aaguid: 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4', signCount: 7 });
  const o = await init();
  const passkey = a.createCredential(o.publicKey, { origin: ORIGIN });
  t.equal((await h.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: o.auth_code }), headers: auth, payload: { passkey } })).status, 200);
  const cred = (await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: auth })).body.find((c: { id: string }) => c.id === passkey.id);
  t.match(cred, { backup_eligible: true, backup_state: true, aaguid: 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4', SignCount: 7 });
});

t.test('a replayed attestation (same auth_code) is refused', async (t) => {
  const o = await init();
  const passkey = new VirtualAuthenticator().createCredential(o.publicKey, { origin: ORIGIN });
  const url = paths.register({ client_id: DEFAULT_CLIENT, auth_code: o.auth_code });
  t.equal((await h.call({ method: 'POST', url, headers: auth, payload: { passkey } })).status, 200);
  await refused(t, h, url, { passkey }, { status: 400, error: 'invalid_auth_code', description: /already used/ });
});

t.test('an attestation replayed against a new ceremony fails the challenge check', async (t) => {
  const o1 = await init();
  const passkey = new VirtualAuthenticator().createCredential(o1.publicKey, { origin: ORIGIN });
  const o2 = await init();
  await refused(t, h, paths.register({ client_id: DEFAULT_CLIENT, auth_code: o2.auth_code }), { passkey }, { status: 400, error: 'passkey_registration_failed', description: /challenge check failed/ });
});

t.test('registering the same credential twice is refused with 409', async (t) => {
  const a = new VirtualAuthenticator({ randomBytes: (n) => new Uint8Array(n).fill(9) });
  const o1 = await init();
  t.equal((await h.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: o1.auth_code }), headers: auth, payload: { passkey: a.createCredential(o1.publicKey, { origin: ORIGIN }) } })).status, 200);
  const o2 = await init();
  const again = new VirtualAuthenticator({ randomBytes: (n) => new Uint8Array(n).fill(9) }); // same id, ignores excludeCredentials
  await refused(t, h, paths.register({ client_id: DEFAULT_CLIENT, auth_code: o2.auth_code }), { passkey: again.createCredential(o2.publicKey, { origin: ORIGIN }) },
    { status: 409, error: 'passkey_already_registered', description: /already registered/ });
});

t.test('a wrong origin, RP ID or clientDataJSON type is refused with the failed check named', async (t) => {
  for (const [opts, check] of [
    [{ origin: 'https://evil.test' }, /origin check failed: origin "https:\/\/evil.test"/],
    [{ origin: ORIGIN, rpId: 'evil.test' }, /rpId check failed/],
    [{ origin: ORIGIN, type: 'webauthn.get' }, /type check failed: .*expected "webauthn.create"/],
  ] as const) {
    const o = await init();
    const passkey = new VirtualAuthenticator().createCredential(o.publicKey, opts);
    await refused(t, h, paths.register({ client_id: DEFAULT_CLIENT, auth_code: o.auth_code }), { passkey }, { status: 400, error: 'passkey_registration_failed', description: check });
  }
});

t.test('a tampered attestation object is refused', async (t) => {
  const o = await init();
  const passkey = new VirtualAuthenticator().createCredential(o.publicKey, { origin: ORIGIN });
  const att = Buffer.from(passkey.response.attestationObject, 'base64url');
  const garbled = { ...passkey, response: { ...passkey.response, attestationObject: att.subarray(0, att.length - 20).toString('base64url') } };
  await refused(t, h, paths.register({ client_id: DEFAULT_CLIENT, auth_code: o.auth_code }), { passkey: garbled }, { status: 400, error: 'passkey_registration_failed', description: /check failed/ });
});

t.test('registration without user verification is refused when the client requires it', async (t) => {
  const client = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { policy: { user_verification: 'required' } } });
  const token = await h.session('dave@example.com', client.body.client_id);
  const headers = { authorization: `Bearer ${token}` };
  const o = await init(headers, client.body.client_id);
  t.equal(o.publicKey.authenticatorSelection.userVerification, 'required');
  const passkey = new VirtualAuthenticator({ uv: false }).createCredential(o.publicKey, { origin: ORIGIN });
  await refused(t, h, paths.register({ client_id: client.body.client_id, auth_code: o.auth_code }), { passkey }, { status: 400, error: 'passkey_registration_failed', description: /userVerification check failed/ }, headers);
});

t.test("another user's auth_code cannot be completed with my token", async (t) => {
  const bobToken = await h.session(BOB.email);
  const o = await init({ authorization: `Bearer ${bobToken}` });
  const passkey = new VirtualAuthenticator().createCredential(o.publicKey, { origin: ORIGIN });
  await refused(t, h, paths.register({ client_id: DEFAULT_CLIENT, auth_code: o.auth_code }), { passkey }, { status: 400, error: 'invalid_auth_code', description: /unknown for this client and user/ });
});

t.test('an email that is not the signed-in user is refused before the auth_code is used', async (t) => {
  const o = await init();
  const passkey = new VirtualAuthenticator().createCredential(o.publicKey, { origin: ORIGIN });
  const url = paths.register({ client_id: DEFAULT_CLIENT, auth_code: o.auth_code });
  await refused(t, h, url, { passkey, email: BOB.email }, { status: 400, error: 'invalid_request_body', description: /body.email bob@example.com is not the signed-in user's email/ });
  t.equal((await h.call({ method: 'POST', url, headers: auth, payload: { passkey } })).status, 200);
});

t.test('a missing, malformed, expired or foreign Bearer is refused with 401 invalid_token', async (t) => {
  const o = await init();
  const url = paths.register({ client_id: DEFAULT_CLIENT, auth_code: o.auth_code });
  const passkey = new VirtualAuthenticator().createCredential(o.publicKey, { origin: ORIGIN });
  await refused(t, h, url, { passkey }, { status: 401, error: 'invalid_token', description: /Authorization: Bearer <access token> is required/ }, {} as typeof auth);
  await refused(t, h, url, { passkey }, { status: 401, error: 'invalid_token', description: /Authorization: Bearer/ }, { authorization: 'Basic abc' });
  await refused(t, h, url, { passkey }, { status: 401, error: 'invalid_token', description: /refused/ }, { authorization: 'Bearer not.a.jwt' });
  const other = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'other' } });
  const foreign = await h.session('eve@example.com', other.body.client_id);
  await refused(t, h, url, { passkey }, { status: 401, error: 'invalid_token', description: /issued to client cli_\w+, not cli_sandbox0000000000001/ }, { authorization: `Bearer ${foreign}` });
  h.services.clock.advance(3601_000);
  await refused(t, h, url, { passkey }, { status: 401, error: 'invalid_token', description: /"exp" claim timestamp check failed/ });
});

t.test('a nearly bare RegistrationResponseJSON is told the field it lacks, not that body.passkey is missing', async (t) => {
  const fresh = { authorization: `Bearer ${await h.session(ALICE.email)}` };
  const o = await init(fresh);
  const passkey = new VirtualAuthenticator().createCredential(o.publicKey, { origin: ORIGIN });
  const url = paths.register({ client_id: DEFAULT_CLIENT, auth_code: o.auth_code });
  await refused(t, h, url, { ...passkey, response: { clientDataJSON: passkey.response.clientDataJSON } },
    { status: 400, error: 'invalid_request_body', description: /^Invalid request: body\.response\.attestationObject is required \(required\)$/ }, fresh);
  await refused(t, h, url, {}, { status: 400, error: 'invalid_request_body', description: /^Invalid request: body\.passkey is required \(required\)$/ }, fresh);
});
