// Tests of operation sandboxCreateAuthenticator (openapi.yaml), through HTTP.
import t, { type Test } from 'tap';
import { build, DEFAULT_CLIENT, ORIGIN, paths, isError } from '../helper.js';

// POST /__sandbox/authenticators: a virtual authenticator held by the sandbox, driven over HTTP.

const h = await build(t);


const create = (payload?: unknown) => h.call({ method: 'POST', url: '/__sandbox/authenticators', ...(payload === undefined ? {} : { payload: payload as object }) });
const list = async () => (await h.call({ url: '/__sandbox/authenticators' })).body as any[];

const defaults = {
  alg: -7, uv: true, up: true, backup_eligible: false, backup_state: false,
  aaguid: '00000000-0000-0000-0000-000000000000', sign_count: 0, transports: ['internal'], credentials: 0,
};

/** Registers a new user of the default client with the authenticator, over HTTP only; returns the /create answer. */
async function registerWith(id: string, email: string) {
  const session = await h.call({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: DEFAULT_CLIENT, identifier: email } });
  const auth = { authorization: `Bearer ${session.body.access_token}` };
  const init = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: auth });
  const created = await h.call({ method: 'POST', url: `/__sandbox/authenticators/${id}/create`, payload: { publicKey: init.body.publicKey, origin: ORIGIN } });
  if (created.status !== 200) throw new Error(`/create failed: ${JSON.stringify(created.body)}`);
  const done = await h.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: init.body.auth_code }), headers: auth, payload: { passkey: created.body } });
  if (done.status !== 200) throw new Error(`complete failed: ${JSON.stringify(done.body)}`);
  return { auth, passkey: created.body };
}

t.test('POST {} creates an authenticator with the defaults: ES256, UV and UP set, BE/BS clear, zero AAGUID, counter 0 → 201', async (t) => {
  const res = await create({});
  t.equal(res.status, 201, JSON.stringify(res.body));
  t.match(res.body.authenticator_id, /^auth_[0-9a-f]{24}$/);
  t.same(res.body, { authenticator_id: res.body.authenticator_id, ...defaults });
});

t.test('POST without a body creates an authenticator with the defaults too', async (t) => {
  const res = await create();
  t.equal(res.status, 201, JSON.stringify(res.body));
  t.same(res.body, { authenticator_id: res.body.authenticator_id, ...defaults });
});

t.test('each created authenticator gets a new authenticator_id and is listed as created', async (t) => {
  const a = await create({});
  const b = await create({});
  t.not(a.body.authenticator_id, b.body.authenticator_id);
  const listed = await list();
  t.same(listed.find((x) => x.authenticator_id === a.body.authenticator_id), a.body);
  t.same(listed.find((x) => x.authenticator_id === b.body.authenticator_id), b.body);
});

t.test('EdDSA (-8) and RS256 (-257) with custom flags, AAGUID, counter and transports come back as given', async (t) => {
  for (const input of [
    { alg: -8, uv: false, up: false, backup_eligible: true, backup_state: true, aaguid: 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4', sign_count: 7, transports: ['usb', 'nfc'] },
    { alg: -257, uv: true, up: true, backup_eligible: true, backup_state: false, aaguid: 'ADCE0002-35BC-C60A-648B-0B25F1F05503', sign_count: 4294967295, transports: ['hybrid'] },
  ]) {
    const res = await create(input);
    t.equal(res.status, 201, JSON.stringify(res.body));
    t.same(res.body, { authenticator_id: res.body.authenticator_id, ...input, credentials: 0 });
  }
});

t.test('only the given fields change: {alg: -8} keeps every other default', async (t) => {
  const res = await create({ alg: -8 });
  t.same(res.body, { authenticator_id: res.body.authenticator_id, ...defaults, alg: -8 });
});

t.test('the chosen algorithm is the one the credentials use', async (t) => {
  for (const alg of [-7, -8, -257]) {
    const id = (await create({ alg })).body.authenticator_id;
    const { passkey } = await registerWith(id, `alg${-alg}@example.com`);
    t.equal(passkey.response.publicKeyAlgorithm, alg);
    t.match((await h.call({ url: `/__sandbox/authenticators/${id}/credentials` })).body, [{ credential_id: passkey.id, alg }]);
  }
});

t.test('the flags, AAGUID and starting counter are what SSOJet stores for the credential', async (t) => {
  const aaguid = 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4';
  const id = (await create({ backup_eligible: true, backup_state: true, aaguid, sign_count: 12 })).body.authenticator_id;
  const { auth, passkey } = await registerWith(id, 'flags@example.com');
  const creds = (await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: auth })).body;
  t.match(creds, [{ id: passkey.id, backup_eligible: true, backup_state: true, aaguid, SignCount: 12, transports: ['internal'] }]);
});

t.test('up: false makes an authenticator whose registrations SSOJet refuses at the userPresence check', async (t) => {
  const id = (await create({ up: false })).body.authenticator_id;
  const session = await h.call({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: DEFAULT_CLIENT, identifier: 'noup@example.com' } });
  const auth = { authorization: `Bearer ${session.body.access_token}` };
  const init = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: auth });
  const created = await h.call({ method: 'POST', url: `/__sandbox/authenticators/${id}/create`, payload: { publicKey: init.body.publicKey, origin: ORIGIN } });
  const done = await h.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: init.body.auth_code }), headers: auth, payload: { passkey: created.body } });
  isError(t, done, 400, 'passkey_registration_failed', /userPresence check failed/);
});

/** A refused create: 400 naming the field, and no authenticator was added. */
async function refused(t: Test, payload: unknown, field: RegExp) {
  const before = await list();
  isError(t, await create(payload), 400, 'invalid_request_body', field);
  t.same(await list(), before, 'no authenticator was created');
}

t.test('an algorithm other than -7, -8 or -257 is refused with 400 naming body.alg', async (t) => {
  await refused(t, { alg: -35 }, /body.alg must be one of -7, -8, -257/);
  await refused(t, { alg: 'ES256' }, /body.alg/);
});

t.test('an AAGUID that is not a UUID is refused with 400 naming body.aaguid', async (t) => {
  await refused(t, { aaguid: 'not-a-uuid' }, /body.aaguid must match pattern/);
  await refused(t, { aaguid: '00000000000000000000000000000000' }, /body.aaguid/);
});

t.test('a negative, fractional or over-32-bit sign_count is refused with 400 naming body.sign_count', async (t) => {
  await refused(t, { sign_count: -1 }, /body.sign_count must be >= 0/);
  await refused(t, { sign_count: 1.5 }, /body.sign_count/);
  await refused(t, { sign_count: 4294967296 }, /body.sign_count/);
});

t.test('flags that are not booleans and unknown fields are refused with 400 naming the field', async (t) => {
  await refused(t, { uv: 'yes' }, /body.uv/);
  await refused(t, { backup_eligible: 1 }, /body.backup_eligible/);
  await refused(t, { transports: 'internal' }, /body.transports/);
  await refused(t, { algorithm: -7 }, /body.algorithm is not an allowed property/);
});

t.test('a body that is not a JSON object is refused with 400', async (t) => {
  const before = await list();
  const res = await h.call({ method: 'POST', url: '/__sandbox/authenticators', headers: { 'content-type': 'application/json' }, payload: '[1,2]' });
  t.equal(res.status, 400, JSON.stringify(res.body));
  t.same(Object.keys(res.body).sort(), ['error', 'error_code', 'error_description']);
  const broken = await h.call({ method: 'POST', url: '/__sandbox/authenticators', headers: { 'content-type': 'application/json' }, payload: '{"alg":' });
  t.equal(broken.status, 400, JSON.stringify(broken.body));
  t.same(await list(), before, 'no authenticator was created');
});
