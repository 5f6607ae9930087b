// Tests of operation sandboxListRequests (openapi.yaml), through HTTP.
import t from 'tap';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { ALICE, BOB, build, DEFAULT_CLIENT, ORIGIN, paths, PINNED, registerPasskey, startLogin, isError } from '../helper.js';

const h = await build(t);


interface Entry {
  id: number; time: string; method: string; path: string; operation: string | null; status: number; client_id: string | null;
  error?: string; error_description?: string; explanation?: string; fault?: boolean;
}

const journal = async (query = '') => {
  const res = await h.call({ url: `/__sandbox/requests${query}` });
  if (res.status !== 200) throw new Error(`journal: ${JSON.stringify(res.body)}`);
  return res.body as Entry[];
};
const last = async () => (await journal()).at(-1)!;
const reset = () => h.call({ method: 'POST', url: '/__sandbox/reset' });
const setClock = (payload: object) => h.call({ method: 'POST', url: '/__sandbox/clock', payload });
const initiate = (identifier = ALICE.email, clientId = DEFAULT_CLIENT) => h.call({ url: paths.login({ client_id: clientId, identifier }) });
const LOGIN_PATH = '/api/v1/auth/passwordless/passkey/login';
const STATUS_PATH = '/api/v1/auth/passwordless/passkey/status';

t.beforeEach(async () => {
  await reset();
});

t.test('emulated-API calls are recorded oldest first, each with id, time, method, path, operation, status and client_id', async (t) => {
  t.same(await journal(), [], 'a reset leaves the journal empty');
  t.equal((await initiate()).status, 200);
  t.equal((await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) })).status, 200);
  t.equal((await h.call({ url: '/.well-known/jwks.json' })).status, 200);
  const entries = await journal();
  t.equal(entries.length, 3);
  t.match(entries, [
    { time: PINNED, method: 'GET', path: LOGIN_PATH, operation: 'initiatePasskeyLogin', status: 200, client_id: DEFAULT_CLIENT },
    { time: PINNED, method: 'GET', path: STATUS_PATH, operation: 'checkPasskeyAuthStatus', status: 200, client_id: DEFAULT_CLIENT },
    { time: PINNED, method: 'GET', path: '/.well-known/jwks.json', operation: 'getJwks', status: 200, client_id: null },
  ]);
  t.same(Object.keys(entries[0]).sort(), ['client_id', 'id', 'method', 'operation', 'path', 'status', 'time'], 'a success carries no error fields');
  t.ok(entries[0].id >= 1);
  t.equal(entries[1].id, entries[0].id + 1);
  t.equal(entries[2].id, entries[1].id + 1);
  t.notOk(entries.some((e) => e.path.includes('?')), 'the path is recorded without the query string');
});

t.test("an entry's time is the sandbox clock when the request was made", async (t) => {
  await initiate();
  await setClock({ now: '2031-03-03T10:00:00.000Z' });
  await initiate();
  await setClock({ advance_ms: 1234 });
  await initiate();
  t.same((await journal()).map((e) => e.time), [PINNED, '2031-03-03T10:00:00.000Z', '2031-03-03T10:00:01.234Z']);
});

t.test('control API calls under /__sandbox/ are not recorded', async (t) => {
  await h.call({ url: '/__sandbox/health' });
  await h.call({ url: '/__sandbox/clients' });
  await h.call({ url: `/__sandbox/users?client_id=${DEFAULT_CLIENT}` });
  await h.call({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: DEFAULT_CLIENT, identifier: ALICE.email } });
  await h.call({ url: '/__sandbox/state' });
  await h.call({ url: '/__sandbox/clock' });
  await h.call({ url: '/__sandbox/faults' });
  await h.call({ url: '/__sandbox/requests' });
  await h.call({ url: '/__sandbox/no-such-thing' });
  t.same(await journal(), []);
});

t.test('a refused WebAuthn finish (wrong origin) carries an explanation naming the check and quoting the received and allowed origins, plus error and error_description', async (t) => {
  const alice = await registerPasskey(h, ALICE.email);
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: 'http://evil.test' });
  const res = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(res.status, 401);
  const entry = await last();
  t.match(entry, {
    method: 'POST', path: LOGIN_PATH, operation: 'finishPasskeyAuthentication', status: 401, client_id: DEFAULT_CLIENT,
    error: 'passkey_authentication_failed', error_description: res.body.error_description,
  });
  t.match(entry.explanation, /^origin check failed: origin "http:\/\/evil\.test" is not among client cli_sandbox0000000000001's allowed origins \[http:\/\/localhost:\*, http:\/\/127\.0\.0\.1:\*\]/);
  t.notOk('fault' in entry, 'not an injected fault');
});

t.test('a refused WebAuthn finish of the wrong type quotes the received and expected type', async (t) => {
  const alice = await registerPasskey(h, ALICE.email);
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN, type: 'webauthn.create' });
  await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.match((await last()).explanation, /^type check failed: .*"webauthn\.create", expected "webauthn\.get"/);
});

t.test('a refused WebAuthn finish for another RP ID names the rpId check and the expected RP ID', async (t) => {
  const alice = await registerPasskey(h, ALICE.email);
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: ORIGIN, rpId: 'evil.test' });
  await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  const entry = await last();
  t.equal(entry.status, 401);
  t.match(entry.explanation, /^rpId check failed: .*"localhost"/);
});

t.test('a refused registration (wrong origin) is explained too', async (t) => {
  const token = await h.session(BOB.email);
  const auth = { authorization: `Bearer ${token}` };
  const init = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: auth });
  const passkey = new VirtualAuthenticator().createCredential(init.body.publicKey, { origin: 'http://evil.test' });
  const res = await h.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: init.body.auth_code }), headers: auth, payload: { passkey } });
  t.ok(res.status >= 400);
  const entry = await last();
  t.equal(entry.operation, 'completePasskeyRegistration');
  t.equal(entry.status, res.status);
  t.equal(entry.error, res.body.error);
  t.match(entry.explanation, /^origin check failed: .*"http:\/\/evil\.test"/);
});

t.test('a refusal that is not a WebAuthn check has error and error_description but no explanation', async (t) => {
  const res = await h.call({ url: paths.login({ identifier: ALICE.email }) });
  t.equal(res.status, 400);
  const entry = await last();
  t.match(entry, { operation: 'initiatePasskeyLogin', status: 400, client_id: null, error: 'client_id_required', error_description: res.body.error_description });
  t.notOk('explanation' in entry);
});

t.test('an unknown path is recorded with operation null, and a wrong method on a known path too', async (t) => {
  const missing = await h.call({ url: '/api/v1/nope?client_id=abc' });
  t.equal(missing.status, 404);
  const wrongMethod = await h.call({ method: 'DELETE', url: paths.login({ client_id: DEFAULT_CLIENT }) });
  t.equal(wrongMethod.status, 405);
  t.match(await journal(), [
    { method: 'GET', path: '/api/v1/nope', operation: null, status: 404, client_id: 'abc', error: 'resource_not_found' },
    { method: 'DELETE', path: LOGIN_PATH, operation: null, status: 405, client_id: DEFAULT_CLIENT, error: 'method_not_allowed' },
  ]);
});

t.test('client_id is the one the request carried: query, x-client-id header, an unknown one, or null', async (t) => {
  await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  await h.call({ url: paths.login({ identifier: ALICE.email }), headers: { 'X-Client-Id': DEFAULT_CLIENT } });
  await h.call({ url: paths.login({ client_id: 'cli_unknown0000000000001', identifier: ALICE.email }) });
  await h.call({ url: paths.login({ identifier: ALICE.email }) });
  t.same((await journal()).map((e) => [e.client_id, e.status]), [
    [DEFAULT_CLIENT, 200], [DEFAULT_CLIENT, 200], ['cli_unknown0000000000001', 401], [null, 400],
  ]);
});

t.test('the filters operation, status, client_id, since and limit each narrow the list, and combine', async (t) => {
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'other' } })).body.client_id as string;
  await initiate(); // 1: default, 200
  await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) }); // 2: default, 200
  await setClock({ now: '2026-06-01T00:00:00.000Z' });
  await initiate('someone@example.com', other); // 3: other, 200
  await h.call({ url: paths.login({ identifier: ALICE.email }) }); // 4: null, 400
  await setClock({ now: '2026-07-01T00:00:00.000Z' });
  await h.call({ url: paths.status({ client_id: other, identifier: 'someone@example.com' }) }); // 5: other, 200
  const all = await journal();
  t.equal(all.length, 5);
  const ids = (list: Entry[]) => list.map((e) => e.id);
  const [e1, e2, e3, e4, e5] = ids(all);

  t.same(ids(await journal('?operation=initiatePasskeyLogin')), [e1, e3, e4]);
  t.same(ids(await journal('?operation=checkPasskeyAuthStatus')), [e2, e5]);
  t.same(await journal('?operation=noSuchOperation'), [], 'an operation that never ran matches nothing');
  t.same(ids(await journal('?status=400')), [e4]);
  t.same(ids(await journal('?status=200')), [e1, e2, e3, e5]);
  t.same(ids(await journal(`?client_id=${DEFAULT_CLIENT}`)), [e1, e2]);
  t.same(ids(await journal(`?client_id=${other}`)), [e3, e5]);
  t.same(ids(await journal('?since=2026-06-01T00:00:00.000Z')), [e3, e4, e5], 'since includes entries at exactly that instant');
  t.same(ids(await journal(`?since=${encodeURIComponent('2026-06-01T02:00:00+02:00')}`)), [e3, e4, e5], 'since honours a UTC offset');
  t.same(ids(await journal('?since=2026-06-01T00:00:00.001Z')), [e5]);
  t.same(ids(await journal('?limit=2')), [e4, e5], 'limit keeps the newest, still oldest first');
  t.same(ids(await journal('?limit=1000')), ids(all));
  t.same(ids(await journal(`?operation=initiatePasskeyLogin&status=200&limit=1`)), [e3], 'filters combine, limit applies last');
  t.same(ids(await journal(`?client_id=${other}&since=2026-06-15T00:00:00Z`)), [e5]);
});

for (const [label, query, message] of [
  ['status=abc', '?status=abc', /query\.status must be integer/],
  ['status=99', '?status=99', /query\.status must be >= 100/],
  ['status=600', '?status=600', /query\.status must be <= 599/],
  ['limit=0', '?limit=0', /query\.limit must be >= 1/],
  ['limit=1001', '?limit=1001', /query\.limit must be <= 1000/],
  ['limit=ten', '?limit=ten', /query\.limit must be integer/],
  ['since=yesterday', '?since=yesterday', /query\.since must match format "date-time"/],
  ['since without an offset', '?since=2026-01-01T00:00:00', /query\.since must match format "date-time"/],
] as const) {
  t.test(`an invalid filter (${label}) is refused with 400 invalid_query_parameters naming it`, async (t) => {
    isError(t, await h.call({ url: `/__sandbox/requests${query}` }), 400, 'invalid_query_parameters', message);
  });
}

t.test('a since value the date-time format accepts (a leap second) is honoured or refused, never silently matching nothing', async (t) => {
  await initiate();
  await initiate();
  const res = await h.call({ url: `/__sandbox/requests?since=${encodeURIComponent('2025-12-31T23:59:60Z')}` });
  if (res.status === 400) {
    t.match(res.body.error_description, /query\.since/);
    return;
  }
  t.equal(res.body.length, 2, 'both entries (at 2026-01-01T00:00:00Z) are after the leap second 2025-12-31T23:59:60Z');
});

t.test('the journal is bounded at 1000 entries: after 1005 requests only the newest 1000 remain, and ids keep increasing', async (t) => {
  await initiate();
  const firstId = (await journal())[0].id;
  for (let i = 0; i < 1005; i++) {
    const res = await h.app.inject({ url: '/.well-known/jwks.json' });
    if (res.statusCode !== 200) t.fail(`jwks ${i}: ${res.statusCode}`);
  }
  const entries = await journal();
  t.equal(entries.length, 1000);
  t.equal(entries.at(-1)!.id, firstId + 1005, 'the newest is the last request');
  t.equal(entries[0].id, firstId + 6, 'the oldest six (the login and five jwks calls) were dropped');
  t.ok(entries.every((e, i) => i === 0 || e.id === entries[i - 1].id + 1), 'ids increase by one, oldest first');
  t.notOk(entries.some((e) => e.operation === 'initiatePasskeyLogin'), 'the dropped login is gone');
  t.same((await journal('?limit=3')).map((e) => e.id), [firstId + 1003, firstId + 1004, firstId + 1005]);

  await initiate();
  const after = await journal();
  t.equal(after.length, 1000, 'still bounded');
  t.equal(after.at(-1)!.id, firstId + 1006, 'a new entry gets the next id');
});

t.test('a reset clears the journal', async (t) => {
  await initiate();
  await h.call({ url: '/api/v1/nope' });
  t.equal((await journal()).length, 2);
  await reset();
  t.same(await journal(), []);
});

t.test('the journal is not part of GET /__sandbox/state: recording requests does not change the state document', async (t) => {
  const before = (await h.call({ url: '/__sandbox/state' })).raw.body;
  await h.call({ url: '/.well-known/jwks.json' });
  await h.call({ url: '/api/v1/nope' });
  await h.call({ url: paths.login({ identifier: ALICE.email }) });
  t.equal((await journal()).length, 3);
  const after = (await h.call({ url: '/__sandbox/state' })).raw.body;
  t.equal(after, before, 'byte-identical state');
  const state = JSON.parse(after);
  t.notOk('journal' in state || 'requests' in state, 'no journal key');
  t.notOk(after.includes('/.well-known/jwks.json'), 'no recorded path anywhere in the document');
});

t.test('restoring a state document does not bring back or drop journal entries', async (t) => {
  const doc = await h.state();
  await initiate();
  const entries = await journal();
  t.equal((await h.call({ method: 'PUT', url: '/__sandbox/state', payload: doc })).status, 200);
  t.same(await journal(), entries);
});

t.test('the journal records the status the caller actually received, even when the sandbox turns its answer into a 500', async (t) => {
  // A clock near the end of year 9999 makes the status answer's expires_at unrepresentable,
  // so response validation replaces the 200 with a 500 (a separate bug); the journal must agree with the wire.
  await setClock({ now: '9999-12-31T23:59:00.000Z' });
  await initiate();
  const res = await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  const entry = await last();
  t.equal(entry.operation, 'checkPasskeyAuthStatus');
  t.equal(entry.status, res.status, `journal says ${entry.status}, the caller got ${res.status}`);
  if (res.status >= 400) t.equal(entry.error, res.body.error);
});
