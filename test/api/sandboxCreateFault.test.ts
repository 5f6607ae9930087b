import t from 'tap';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { ALICE, BOB, build, DEFAULT_CLIENT, durableState, ORIGIN, paths, registerPasskey, startLogin, isError } from '../helper.js';

const h = await build(t);


const EMULATED = ['initiatePasskeyLogin', 'finishPasskeyAuthentication', 'passkeyRegistrationInitialize', 'completePasskeyRegistration',
  'checkPasskeyAuthStatus', 'listPasskeyCredentials', 'updatePasskeyName', 'deletePasskey', 'getAuthStatus',
  'mfaAccessToken', 'listMfaAuthenticators', 'enrollMfaTotp', 'initiateMfa', 'getMfaQrCode', 'validateMfaToken', 'getMfaBackupCodes', 'refreshToken', 'accessTokenByAuthCode', 'getJwks'];

const addFault = (payload?: unknown) => h.call({ method: 'POST', url: '/__sandbox/faults', ...(payload === undefined ? {} : { payload: payload as object }) });
const faults = async () => (await h.call({ url: '/__sandbox/faults' })).body as Array<{ fault_id: string; operation: string; remaining: number }>;
const journal = async (query = '') => (await h.call({ url: `/__sandbox/requests${query}` })).body as Array<Record<string, unknown>>;
const rawState = async () => (await h.call({ url: '/__sandbox/state' })).raw.body;
const reset = () => h.call({ method: 'POST', url: '/__sandbox/reset' });
const initiate = (identifier = ALICE.email) => h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier }) });

t.beforeEach(async () => {
  await reset();
});

t.test('POST answers 201 with the fault: fault_id, operation, status, error, error_description, delay_ms, remaining, drop_delivery', async (t) => {
  const res = await addFault({ operation: 'finishPasskeyAuthentication', status: 503, count: 2 });
  t.equal(res.status, 201);
  t.match(res.body.fault_id, /^flt_[0-9a-f]{24}$/);
  t.same(res.body, {
    fault_id: res.body.fault_id,
    operation: 'finishPasskeyAuthentication',
    status: 503,
    error: 'injected_fault',
    error_description: 'Injected by POST /__sandbox/faults (status 503)',
    delay_ms: 0,
    remaining: 2,
    drop_delivery: false,
  });
  t.same(await faults(), [res.body], 'the fault is listed as answered');
});

t.test('only an operation: status 500, error injected_fault, one shot, no delay', async (t) => {
  const res = await addFault({ operation: 'initiatePasskeyLogin' });
  t.equal(res.status, 201);
  t.match(res.body, { operation: 'initiatePasskeyLogin', status: 500, error: 'injected_fault', delay_ms: 0, remaining: 1 });
  const hit = await initiate();
  isError(t, hit, 500, 'injected_fault', /Injected by POST \/__sandbox\/faults \(status 500\)/);
  t.equal(hit.body.error_code, 899);
  t.equal((await initiate()).status, 200, 'one shot only');
});

t.test('each created fault gets a new fault_id', async (t) => {
  const a = await addFault({ operation: 'getJwks' });
  const b = await addFault({ operation: 'getJwks' });
  t.not(a.body.fault_id, b.body.fault_id);
});

t.test('{status: 503, count: 2} fails exactly the next two calls with 503 in the SSOJet envelope (injected_fault, 899), and the third goes through', async (t) => {
  await addFault({ operation: 'initiatePasskeyLogin', status: 503, count: 2 });
  for (const n of [1, 2]) {
    const res = await initiate();
    isError(t, res, 503, 'injected_fault', /Injected by POST \/__sandbox\/faults \(status 503\)/);
    t.equal(res.body.error_code, 899, `call ${n}`);
  }
  const third = await initiate();
  t.equal(third.status, 200);
  t.match(third.body, { auth_code: /^[0-9a-f]{24}$/, publicKey: { rpId: 'localhost' } });
  t.same(await faults(), [], 'the fault is used up');
});

t.test('a finishPasskeyAuthentication fault (503 × 2) fails two finishes, and the same auth_code then signs in', async (t) => {
  const alice = await registerPasskey(h, ALICE.email);
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  await addFault({ operation: 'finishPasskeyAuthentication', status: 503, count: 2 });
  for (const n of [1, 2]) {
    const res = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
    isError(t, res, 503, 'injected_fault', /Injected/);
    t.equal(res.body.error_code, 899, `finish ${n}`);
  }
  const ok = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(ok.status, 200, JSON.stringify(ok.body));
  t.match(ok.body, { token: /^ey/, user_id: ALICE.user_id });
});

t.test('a custom error that is in the catalog gets its catalog error_code, with the given description', async (t) => {
  const res = await addFault({ operation: 'initiatePasskeyLogin', status: 401, error: 'invalid_client', error_description: 'Simulated: the client was deleted' });
  t.match(res.body, { status: 401, error: 'invalid_client', error_description: 'Simulated: the client was deleted' });
  const hit = await initiate();
  t.equal(hit.status, 401);
  t.same(hit.body, { error: 'invalid_client', error_description: 'Simulated: the client was deleted', error_code: 1001 });
});

t.test('a custom error outside the catalog keeps its id and gets the injected_fault code 899', async (t) => {
  await addFault({ operation: 'checkPasskeyAuthStatus', status: 429, error: 'too_many_requests' });
  const hit = await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  t.equal(hit.status, 429);
  t.same(hit.body, { error: 'too_many_requests', error_description: 'Injected by POST /__sandbox/faults (status 429)', error_code: 899 });
});

t.test('an error without a status fails with 500', async (t) => {
  const res = await addFault({ operation: 'getJwks', error: 'server_busy' });
  t.equal(res.body.status, 500);
  const hit = await h.call({ url: '/.well-known/jwks.json' });
  t.equal(hit.status, 500);
  t.equal(hit.body.error, 'server_busy');
});

t.test('delay_ms alone delays the call, which then succeeds with the normal answer; the fault is consumed and the call journaled', async (t) => {
  const unfaulted = await initiate();
  await reset();
  const res = await addFault({ operation: 'initiatePasskeyLogin', delay_ms: 20 });
  t.equal(res.status, 201);
  t.match(res.body, { operation: 'initiatePasskeyLogin', status: null, error: null, error_description: null, delay_ms: 20, remaining: 1 });
  const delayed = await initiate();
  t.equal(delayed.status, 200);
  t.same(delayed.body, unfaulted.body, 'the same answer as without the fault (same seed, same clock)');
  t.same(await faults(), [], 'the delay fault is consumed');
  const entries = await journal();
  t.equal(entries.length, 1);
  t.match(entries[0], { operation: 'initiatePasskeyLogin', status: 200, client_id: DEFAULT_CLIENT });
  t.notOk('fault' in entries[0], 'a delayed answer is the real answer, not a faulted one');
});

t.test('delay_ms with a status delays and then fails', async (t) => {
  const res = await addFault({ operation: 'initiatePasskeyLogin', delay_ms: 20, status: 502 });
  t.match(res.body, { status: 502, error: 'injected_fault', delay_ms: 20 });
  isError(t, await initiate(), 502, 'injected_fault', /status 502/);
  t.same(await faults(), []);
});

t.test('a fault only hits its own operation', async (t) => {
  await addFault({ operation: 'checkPasskeyAuthStatus', status: 503 });
  t.equal((await initiate()).status, 200);
  t.equal((await h.call({ url: '/.well-known/jwks.json' })).status, 200);
  t.equal((await faults()).length, 1, 'other operations did not consume it');
  t.equal((await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) })).status, 503);
});

t.test('faults queued on one operation fire in the order they were created', async (t) => {
  await addFault({ operation: 'initiatePasskeyLogin', status: 502 });
  await addFault({ operation: 'initiatePasskeyLogin', status: 504, count: 2 });
  t.same([(await initiate()).status, (await initiate()).status, (await initiate()).status, (await initiate()).status], [502, 504, 504, 200]);
});

for (const operation of ['noSuchOperation', 'sandboxHealth', 'sandboxCreateFault', 'sandboxReset', 'InitiatePasskeyLogin']) {
  t.test(`operation "${operation}" (not an operation of the emulated API) is refused with 400 listing the valid ones`, async (t) => {
    const res = await addFault({ operation, status: 500 });
    isError(t, res, 400, 'invalid_request_body', new RegExp(`body\\.operation ${operation} is not an operation of the emulated API; one of: ${EMULATED.join(', ')}$`));
    t.same(await faults(), [], 'nothing was queued');
  });
}

for (const [label, payload, message] of [
  ['no operation', { status: 500 }, /body\.operation is required/],
  ['an empty operation', { operation: '' }, /body\.operation must NOT have fewer than 1 characters/],
  ['a success status', { operation: 'getJwks', status: 200 }, /body\.status must be >= 400/],
  ['a status above 599', { operation: 'getJwks', status: 600 }, /body\.status must be <= 599/],
  ['an error id that is not snake_case', { operation: 'getJwks', error: 'Bad-Error' }, /body\.error must match pattern/],
  ['an empty error_description', { operation: 'getJwks', error_description: '' }, /body\.error_description must NOT have fewer than 1 characters/],
  ['a negative delay', { operation: 'getJwks', delay_ms: -1 }, /body\.delay_ms must be >= 0/],
  ['a delay over a minute', { operation: 'getJwks', delay_ms: 60001 }, /body\.delay_ms must be <= 60000/],
  ['count 0', { operation: 'getJwks', count: 0 }, /body\.count must be >= 1/],
  ['a fractional count', { operation: 'getJwks', count: 1.5 }, /body\.count must be integer/],
  ['an unknown key', { operation: 'getJwks', probability: 0.5 }, /body\.probability is not an allowed property/],
] as const) {
  t.test(`a body with ${label} is refused with 400 invalid_request_body naming the field, and nothing is queued`, async (t) => {
    isError(t, await addFault(payload), 400, 'invalid_request_body', message);
    t.same(await faults(), []);
  });
}

t.test('a POST without a body is refused with 400', async (t) => {
  isError(t, await addFault(), 400, 'invalid_request_body', /a JSON body is required/);
});

t.test('a failing fault on completePasskeyRegistration changes nothing, and the auth_code still completes the registration afterwards', async (t) => {
  const token = await h.session(BOB.email);
  const auth = { authorization: `Bearer ${token}` };
  const init = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: auth });
  const authenticator = new VirtualAuthenticator();
  const passkey = authenticator.createCredential(init.body.publicKey, { origin: ORIGIN });
  const url = paths.register({ client_id: DEFAULT_CLIENT, auth_code: init.body.auth_code });
  await addFault({ operation: 'completePasskeyRegistration', status: 500 });
  const before = await rawState();
  isError(t, await h.call({ method: 'POST', url, headers: auth, payload: { passkey } }), 500, 'injected_fault', /Injected/);
  t.equal(await rawState(), before, 'the whole state (users, credentials, ceremonies, RNG) is byte-identical');
  const done = await h.call({ method: 'POST', url, headers: auth, payload: { passkey } });
  t.equal(done.status, 200, JSON.stringify(done.body));
  t.equal((await h.state()).credentials.length, 1, 'the real call stored the credential');
});

t.test('a failing fault on finishPasskeyAuthentication changes nothing: state unchanged, status still pending, auth_code not consumed', async (t) => {
  const alice = await registerPasskey(h, ALICE.email);
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  await addFault({ operation: 'finishPasskeyAuthentication', status: 500 });
  const before = await h.state();
  isError(t, await h.call({ method: 'POST', url: finishUrl, payload: { passkey } }), 500, 'injected_fault', /Injected/);
  const after = await h.state();
  t.same(durableState(after), durableState(before), 'users, credentials and clients are unchanged');
  t.same(after.ceremonies, before.ceremonies, 'the ceremony is untouched');
  t.equal((await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) })).body.status, 'pending');
  const ok = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(ok.status, 200, 'the auth_code was not used up by the faulted call');
});

t.test('the journal marks a faulted answer with fault: true, its error and error_description', async (t) => {
  await addFault({ operation: 'initiatePasskeyLogin', status: 503, error_description: 'Simulated outage' });
  await initiate();
  await initiate();
  const entries = await journal();
  t.equal(entries.length, 2);
  t.same(entries[0], {
    id: entries[0].id, time: entries[0].time, method: 'GET', path: '/api/v1/auth/passwordless/passkey/login',
    operation: 'initiatePasskeyLogin', status: 503, client_id: DEFAULT_CLIENT,
    error: 'injected_fault', error_description: 'Simulated outage', fault: true,
  });
  t.match(entries[1], { status: 200 });
  t.notOk('fault' in entries[1], 'the next, real answer is not marked');
});

t.test('faults apply to the emulated API only: control API calls never consume them', async (t) => {
  await addFault({ operation: 'initiatePasskeyLogin', status: 503 });
  await h.call({ url: '/__sandbox/health' });
  await h.call({ url: '/__sandbox/clock' });
  await h.call({ url: '/__sandbox/state' });
  t.equal((await faults())[0].remaining, 1);
});

t.test('a reset clears queued faults', async (t) => {
  await addFault({ operation: 'initiatePasskeyLogin', status: 503, count: 5 });
  await reset();
  t.same(await faults(), []);
  t.equal((await initiate()).status, 200);
});
