// Tests of operation sandboxGetState (openapi.yaml), through HTTP.
import t, { type Test } from 'tap';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { ALICE, build, DEFAULT_CLIENT, ORIGIN, paths, PINNED, type Harness, isError } from '../helper.js';

const h = await build(t);


const rawState = async (app: Harness = h) => (await app.call({ url: '/__sandbox/state' })).raw.body;

t.test('GET /__sandbox/state returns the whole state as one document: version, scenario, seed, clock, rng and the records', async (t) => {
  const res = await h.call({ url: '/__sandbox/state' });
  t.equal(res.status, 200);
  t.same(Object.keys(res.body), ['version', 'scenario', 'seed', 'clock', 'rng', 'clients', 'users', 'credentials', 'ceremonies', 'refresh_tokens', 'authenticators', 'login_logs', 'passwordless_attempts', 'sso_codes', 'mfa_enrollments', 'mfa_backup_codes', 'mfa_token_uses', 'mfa_challenges', 'organizations', 'memberships', 'roles', 'permissions', 'oidc_sessions', 'oidc_grants', 'oidc_logins']);
  t.match(res.body, { version: 1, scenario: 'default', seed: 42, clock: { pinned: true, now: PINNED }, rng: { counter: Number } });
  t.same(res.body.clients.map((c: { client_id: string }) => c.client_id), [DEFAULT_CLIENT]);
  t.equal(res.body.users.length, 5);
  t.same([res.body.credentials, res.body.ceremonies, res.body.refresh_tokens], [[], [], []]);
  t.notOk('requests' in res.body || 'journal' in res.body, 'no request journal');
});

t.test('reading the state changes nothing: two reads are byte-identical', async (t) => {
  t.equal(await rawState(), await rawState());
});

t.test('the state records what the API did: a session adds a refresh token, a login initiate a pending ceremony', async (t) => {
  const counter = (await h.state()).rng.counter;
  const session = await h.call({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: DEFAULT_CLIENT, identifier: ALICE.email } });
  const login = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  const state = await h.state();
  t.match(state.refresh_tokens.at(-1), { token: session.body.refresh_token, user_id: ALICE.user_id });
  t.match(state.ceremonies.at(-1), { auth_code: login.body.auth_code, kind: 'login', identifier: ALICE.email, challenge: login.body.publicKey.challenge, status: 'pending', created_at: PINNED, token: null });
  t.ok(state.rng.counter > counter, 'the seeded source moved on');
});

t.test('the state follows the clock: a moved clock shows in clock.now', async (t) => {
  h.services.clock.advance(60_000);
  t.same((await h.state()).clock, { pinned: true, now: new Date(Date.parse(PINNED) + 60_000).toISOString() });
  h.services.clock.pin(PINNED);
});

t.test('on the real clock the state holds no wall-clock value: clock is {pinned: false}', async (t) => {
  const real = await build(t, { clock: null });
  const first = await rawState(real);
  t.same(JSON.parse(first).clock, { pinned: false });
  t.equal(await rawState(real), first, 'a later read is byte-identical');
});

t.test('a method the path does not serve is refused with 405 listing GET and PUT', async (t) => {
  isError(t, await h.call({ method: 'DELETE', url: '/__sandbox/state' }), 405, 'method_not_allowed', /allowed: GET, PUT$/);
});

/**
 * Runs the same calls on two apps, step by step, and checks each response is byte-identical.
 * Ceremony responses come from one virtual authenticator and are sent to both apps: that only
 * works if both issued the same challenges.
 */
async function sameScenario(t: Test, a: Harness, b: Harness) {
  const both = async (opts: Parameters<Harness['call']>[0], label: string) => {
    const ra = await a.call(opts);
    const rb = await b.call(opts);
    t.equal(rb.raw.body, ra.raw.body, `${label}: identical response bodies`);
    t.equal(rb.status, ra.status, `${label}: identical status`);
    return ra;
  };
  const client = await both({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'det' } }, 'create client');
  const clientId = client.body.client_id;
  await both({ method: 'POST', url: '/__sandbox/users', payload: { client_id: clientId, email: 'det@example.com' } }, 'create user');
  const session = await both({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: clientId, identifier: 'det@example.com' } }, 'create session');
  const auth = { authorization: `Bearer ${session.body.access_token}` };
  const reg = await both({ url: paths.register({ client_id: clientId }), headers: auth }, 'registration init');
  const authenticator = new VirtualAuthenticator();
  const attestation = authenticator.createCredential(reg.body.publicKey, { origin: ORIGIN });
  const done = await both({ method: 'POST', url: paths.register({ client_id: clientId, auth_code: reg.body.auth_code }), headers: auth, payload: { passkey: attestation } }, 'registration finish');
  t.equal(done.status, 200);
  const login = await both({ url: paths.login({ client_id: clientId, identifier: 'det@example.com' }) }, 'login init');
  const assertion = authenticator.getAssertion(login.body.publicKey, { origin: ORIGIN });
  const finish = await both({ method: 'POST', url: paths.login({ client_id: clientId, identifier: 'det@example.com', auth_code: login.body.auth_code }), payload: { passkey: assertion } }, 'login finish');
  t.equal(finish.status, 200);
  await both({ url: paths.status({ client_id: clientId, identifier: 'det@example.com' }) }, 'passkey status');
  await both({ url: paths.authStatus({ client_id: clientId, state: login.body.auth_code }) }, 'auth status');
  await both({ url: paths.credentials({ client_id: clientId }), headers: { authorization: `Bearer ${finish.body.token}` } }, 'list credentials');
  await both({ method: 'PATCH', url: paths.credential(attestation.id, { client_id: clientId }), headers: auth, payload: { name: 'det key' } }, 'rename');
  await both({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) }, 'a second login init');
  await both({ url: '/__sandbox/users?client_id=' + DEFAULT_CLIENT }, 'list users');
}

t.test('determinism: two apps with seed 42 and the pinned clock, given the same calls, give identical responses and a byte-identical state', async (t) => {
  const a = await build(t);
  const b = await build(t);
  t.equal(await rawState(b), await rawState(a), 'identical at start');
  await sameScenario(t, a, b);
  const stateA = await rawState(a);
  t.equal(await rawState(b), stateA, 'byte-identical GET /__sandbox/state after the scenario');
  const parsed = JSON.parse(stateA);
  t.equal(parsed.credentials.length, 1, 'the scenario did register a passkey');
  t.equal(parsed.ceremonies.length, 3, 'and ran three ceremonies');
});

t.test('determinism: with a different seed the same calls give different ids, challenges, users and state', async (t) => {
  const a = await build(t);
  const b = await build(t, { seed: 7 });
  const calls = async (app: Harness) => {
    const client = await app.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'det' } });
    const session = await app.call({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: DEFAULT_CLIENT, identifier: 'det@example.com' } });
    const reg = await app.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${session.body.access_token}` } });
    const login = await app.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
    const users = await app.call({ url: '/__sandbox/users?client_id=' + DEFAULT_CLIENT });
    return { client: client.body, session: session.body, reg: reg.body, login: login.body, users: users.body };
  };
  const ra = await calls(a);
  const rb = await calls(b);
  t.not(rb.client.client_id, ra.client.client_id, 'client ids differ');
  t.not(rb.session.user_id, ra.session.user_id, 'new user ids differ');
  t.not(rb.session.access_token, ra.session.access_token, 'tokens differ (jti)');
  t.not(rb.reg.auth_code, ra.reg.auth_code, 'registration auth_codes differ');
  t.not(rb.reg.publicKey.challenge, ra.reg.publicKey.challenge, 'registration challenges differ');
  t.not(rb.login.publicKey.challenge, ra.login.publicKey.challenge, 'login challenges differ');
  t.notSame(rb.users.slice(2).map((u: { email: string }) => u.email), ra.users.slice(2).map((u: { email: string }) => u.email), 'generated users differ');
  t.not(await rawState(b), await rawState(a), 'the states differ');
});
