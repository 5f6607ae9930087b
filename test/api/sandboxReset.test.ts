import t from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, paths, registerPasskey, isError } from '../helper.js';

const h = await build(t);


const reset = (payload?: unknown) => h.call({ method: 'POST', url: '/__sandbox/reset', ...(payload === undefined ? {} : { payload: payload as object }) });
const users = async (clientId = DEFAULT_CLIENT) => (await h.call({ url: `/__sandbox/users?client_id=${clientId}` })).body as Array<{ user_id: string; email: string }>;
const rawState = async () => (await h.call({ url: '/__sandbox/state' })).raw.body;

t.test('the app starts in the default scenario: one client, alice, bob and three generated users', async (t) => {
  const state = await h.state();
  t.equal(state.scenario, 'default');
  t.equal(state.seed, 42);
  t.same(state.clients.map((c: { client_id: string }) => c.client_id), [DEFAULT_CLIENT]);
  const list = await users();
  t.equal(list.length, 5);
  t.same(list.slice(0, 2).map((u) => ({ user_id: u.user_id, email: u.email })), [ALICE, BOB]);
});

t.test('reset without a body goes back to the scenario: what was created after start is gone, and the summary counts what is left', async (t) => {
  await reset();
  const pristine = await rawState();
  const created = await h.call({ method: 'POST', url: '/__sandbox/users', payload: { client_id: DEFAULT_CLIENT, email: 'dave@example.com' } });
  t.equal(created.status, 201);
  const client = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'extra' } });
  t.equal(client.status, 201);
  await registerPasskey(h, ALICE.email);
  t.equal((await h.state()).credentials.length, 1);

  const res = await reset();
  t.equal(res.status, 200);
  t.same(res.body, { scenario: 'default', seed: 42, clients: 1, users: 5, credentials: 0 });
  t.notOk((await users()).some((u) => u.email === 'dave@example.com'), 'the user created after start is gone');
  t.same((await h.call({ url: '/__sandbox/clients' })).body.map((c: { client_id: string }) => c.client_id), [DEFAULT_CLIENT], 'the client created after start is gone');
  t.equal(await rawState(), pristine, 'the state is byte-identical to the one after the previous reset');
});

t.test('a token of a user removed by reset is refused with 401 invalid_token', async (t) => {
  await reset();
  const token = await h.session('erin@example.com');
  const before = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${token}` } });
  t.equal(before.status, 200);
  await reset();
  const after = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${token}` } });
  isError(t, after, 401, 'invalid_token', /user [0-9a-f]{24} no longer exists in client cli_sandbox0000000000001/);
});

t.test('reset rewinds the seeded source: the first auth_code and challenge after a reset are the same every time', async (t) => {
  await reset();
  const first = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: BOB.email }) });
  await reset();
  const again = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  t.same(again.body, first.body);
});

t.test('reset to {scenario: "empty"} loads the default client and no users', async (t) => {
  const res = await reset({ scenario: 'empty' });
  t.equal(res.status, 200);
  t.same(res.body, { scenario: 'empty', seed: 42, clients: 1, users: 0, credentials: 0 });
  t.same(await users(), []);
  const clients = (await h.call({ url: '/__sandbox/clients' })).body;
  t.match(clients, [{ client_id: DEFAULT_CLIENT, rp_id: 'localhost' }]);
  t.equal((await h.state()).scenario, 'empty');
  await reset({ scenario: 'default' });
});

t.test('reset to {scenario: "uv-required"} loads a client whose policy requires user verification, with alice', async (t) => {
  const res = await reset({ scenario: 'uv-required' });
  t.equal(res.status, 200);
  t.same(res.body, { scenario: 'uv-required', seed: 42, clients: 1, users: 1, credentials: 0 });
  const clients = (await h.call({ url: '/__sandbox/clients' })).body;
  t.equal(clients.length, 1);
  t.equal(clients[0].policy.user_verification, 'required');
  t.same((await users()).map((u) => u.email), [ALICE.email]);
  const login = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  t.equal(login.body.publicKey.userVerification, 'required', 'the policy reaches the ceremony');
  await reset({ scenario: 'default' });
});

t.test('an unknown scenario is refused with 400 unknown_scenario listing the available ones, and the state is unchanged', async (t) => {
  await reset();
  await h.call({ method: 'POST', url: '/__sandbox/users', payload: { client_id: DEFAULT_CLIENT, email: 'frank@example.com' } });
  const before = await rawState();
  const res = await reset({ scenario: 'no-such-scenario' });
  isError(t, res, 400, 'unknown_scenario', /No scenario named "no-such-scenario"; available: default, empty, load-10, load-100k, uv-required/);
  t.equal(await rawState(), before, 'nothing was reset');
});

t.test('a scenario name that is not a file name (path traversal) is refused with 400 naming body.scenario', async (t) => {
  const before = await rawState();
  const res = await reset({ scenario: '../default' });
  isError(t, res, 400, 'invalid_request_body', /body\.scenario must match pattern/);
  t.equal(await rawState(), before);
});

t.test('a seed changes the generated users and their ids; the named users keep theirs', async (t) => {
  const at42 = await (async () => { await reset({ seed: 42 }); return users(); })();
  const res = await reset({ seed: 7 });
  t.same(res.body, { scenario: 'default', seed: 7, clients: 1, users: 5, credentials: 0 });
  const at7 = await users();
  t.same(at7.slice(0, 2).map((u) => ({ user_id: u.user_id, email: u.email })), [ALICE, BOB], 'alice and bob are fixed by the scenario');
  const generated = (list: typeof at7) => list.slice(2);
  t.equal(generated(at7).length, 3);
  for (const u of generated(at7)) {
    t.notOk(generated(at42).some((v) => v.email === u.email), `generated email ${u.email} differs from seed 42's`);
    t.notOk(generated(at42).some((v) => v.user_id === u.user_id), `generated user_id ${u.user_id} differs from seed 42's`);
  }
  t.equal((await h.state()).seed, 7);

  await reset({ seed: 42 });
  t.same(await users(), at42, 'seed 42 again gives the same users, byte for byte');
});

t.test('a seed also changes the ids the sandbox draws afterwards (clients, auth_codes, challenges)', async (t) => {
  const draw = async (seed: number) => {
    await reset({ seed });
    const client = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: {} });
    const login = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
    return { client_id: client.body.client_id, auth_code: login.body.auth_code, challenge: login.body.publicKey.challenge };
  };
  const a = await draw(42);
  const b = await draw(7);
  t.not(a.client_id, b.client_id);
  t.not(a.auth_code, b.auth_code);
  t.not(a.challenge, b.challenge);
  t.same(await draw(42), a, 'the same seed draws the same ids again');
  await reset({ seed: 42 });
});

for (const [label, seed, message] of [
  ['a string', 'abc', /body\.seed must be integer/],
  ['a fraction', 1.5, /body\.seed must be integer/],
  ['a negative number', -1, /body\.seed must be >= 0/],
  ['a number above 2^32-1', 4294967296, /body\.seed must be <= 4294967295/],
] as const) {
  t.test(`a seed that is ${label} is refused with 400 invalid_request_body naming body.seed, and the state is unchanged`, async (t) => {
    const before = await rawState();
    const res = await reset({ seed });
    isError(t, res, 400, 'invalid_request_body', message);
    t.equal(await rawState(), before);
  });
}

t.test('an unknown property in the reset body is refused with 400 naming it', async (t) => {
  const before = await rawState();
  const res = await reset({ scenario: 'empty', wipe: true });
  isError(t, res, 400, 'invalid_request_body', /body\.wipe is not an allowed property/);
  t.equal(await rawState(), before, 'the valid scenario in the same body was not loaded');
});

t.test('a reset body that is not JSON is refused with 400 malformed_request', async (t) => {
  const before = await rawState();
  const res = await h.call({ method: 'POST', url: '/__sandbox/reset', headers: { 'content-type': 'application/json' }, payload: '{"scenario": ' });
  isError(t, res, 400, 'malformed_request', /not valid JSON/);
  t.equal(await rawState(), before);
});

t.test('reset without a scenario or seed goes back to the scenario and seed the sandbox started with, not the last ones loaded', async (t) => {
  await reset({ scenario: 'empty', seed: 7 });
  const res = await reset({});
  t.same(res.body, { scenario: 'default', seed: 42, clients: 1, users: 5, credentials: 0 });
  await reset();
});

t.test('reset without a body works after restoring a state whose scenario is not a file here', async (t) => {
  const doc = await h.state();
  t.equal((await h.call({ method: 'PUT', url: '/__sandbox/state', payload: { ...doc, scenario: 'from-another-machine' } })).status, 200);
  const res = await reset();
  t.equal(res.status, 200, JSON.stringify(res.body));
  t.equal(res.body.scenario, 'default');
});
