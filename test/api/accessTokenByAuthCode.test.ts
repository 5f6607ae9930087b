// Tests of operation accessTokenByAuthCode (openapi.yaml, CONTRACT-API §4 A12), through HTTP.
import { createLocalJWKSet, jwtVerify } from 'jose';
import t, { type Test } from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, isError, paths, PINNED } from '../helper.js';

const h = await build(t);

const exchangeUrl = (params: Record<string, string>, clientId = DEFAULT_CLIENT) => `/api/v1/sso/oauth/accesstoken?${new URLSearchParams({ client_id: clientId, ...params })}`;
const exchange = (params: Record<string, string>, clientId = DEFAULT_CLIENT) => h.call({ url: exchangeUrl(params, clientId) });
const mint = async (payload: Record<string, string>) => {
  const res = await h.call({ method: 'POST', url: '/__sandbox/sso/codes', payload: { client_id: DEFAULT_CLIENT, ...payload } });
  if (res.status !== 201) throw new Error(`mint failed: ${JSON.stringify(res.body)}`);
  return res.body as { code: string; state: string | null };
};
const pin = (now: string) => h.call({ method: 'POST', url: '/__sandbox/clock', payload: { now } });
const advance = (ms: number) => h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: ms } });

/** A 400 invalid_code in the envelope that leaves the whole exported state as it was (the code included). */
async function refused(t: Test, url: string, why: RegExp) {
  const before = JSON.stringify(await h.state());
  isError(t, await h.call({ url }), 400, 'invalid_code', why);
  t.equal(JSON.stringify(await h.state()), before, 'the refusal changed nothing');
}

t.beforeEach(async () => {
  await pin(PINNED);
});

t.test('a code exchanges for {access_token, token_type "bearer", expires_in, refresh_token, scope}', async (t) => {
  const { code } = await mint({ identifier: ALICE.email });
  const res = await exchange({ code });
  t.equal(res.status, 200);
  t.same(Object.keys(res.body), ['access_token', 'token_type', 'expires_in', 'refresh_token', 'scope']);
  t.match(res.body, { token_type: 'bearer', expires_in: 3600, scope: 'openid profile email', refresh_token: /^rt_[A-Za-z0-9_-]{43}$/ });
  const jwks = (await h.call({ url: '/.well-known/jwks.json' })).body;
  const { payload } = await jwtVerify(res.body.access_token, createLocalJWKSet(jwks), { issuer: 'http://localhost:8787', audience: DEFAULT_CLIENT, currentDate: h.services.clock.now() });
  t.match(payload, { sub: ALICE.user_id, client_id: DEFAULT_CLIENT, azp: DEFAULT_CLIENT, exp: Date.parse(PINNED) / 1000 + 3600 });
  const list = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${res.body.access_token}` } });
  t.equal(list.status, 200, 'the access token works as a Bearer');
});

t.test('the refresh token it gives works with Refresh Token', async (t) => {
  const { code } = await mint({ user_id: BOB.user_id });
  const res = await exchange({ code });
  const refreshed = await h.call({ url: `/api/v1/accesstoken/refresh?client_id=${DEFAULT_CLIENT}&refresh_token=${res.body.refresh_token}` });
  t.equal(refreshed.status, 200);
  t.equal(refreshed.body.user.user_id, BOB.user_id);
});

t.test('the exchange is a sign-in: one login log (method sso) and last_login_at moves', async (t) => {
  const { code } = await mint({ identifier: BOB.email });
  await advance(5000);
  const before = (await h.state()).login_logs.length;
  t.equal((await h.call({ url: exchangeUrl({ code }), headers: { 'user-agent': 'SsoTest/1.0' } })).status, 200);
  const state = await h.state();
  t.equal(state.login_logs.length, before + 1);
  t.match(state.login_logs.at(-1), { client_id: DEFAULT_CLIENT, user_id: BOB.user_id, method: 'sso', user_agent: 'SsoTest/1.0', created_at: '2026-01-01T00:00:05.000Z' });
  t.equal(state.users.find((u: { user_id: string }) => u.user_id === BOB.user_id).last_login_at, '2026-01-01T00:00:05.000Z');
});

t.test('a code works once: the second exchange is a 400 invalid_code', async (t) => {
  const { code } = await mint({ identifier: ALICE.email });
  t.equal((await exchange({ code })).status, 200);
  t.notOk((await h.state()).sso_codes.some((c: { code: string }) => c.code === code), 'the code is gone from the state');
  await refused(t, exchangeUrl({ code }), /query\.code is unknown for client cli_sandbox0000000000001 or was already used; mint a new one with POST \/__sandbox\/sso\/codes/);
});

t.test('a code lasts 5 minutes by the sandbox clock: its last millisecond works, then it is refused', async (t) => {
  const early = await mint({ identifier: ALICE.email });
  const late = await mint({ identifier: ALICE.email });
  await advance(300_000 - 1);
  t.equal((await exchange({ code: early.code })).status, 200, 'at 4:59.999');
  await advance(1);
  await refused(t, exchangeUrl({ code: late.code }), /query\.code expired at 2026-01-01T00:05:00\.000Z \(sandbox time 2026-01-01T00:05:00\.000Z\)/);
});

t.test('a state bound at minting must come back: missing or different is refused and uses nothing up', async (t) => {
  const { code, state } = await mint({ identifier: ALICE.email, state: 'st-123' });
  t.equal(state, 'st-123');
  await refused(t, exchangeUrl({ code }), /query\.state is missing; send the state given when the code was minted \(st-123\)/);
  await refused(t, exchangeUrl({ code, state: 'st-999' }), /query\.state st-999 differs from the state bound to this code/);
  t.equal((await exchange({ code, state: 'st-123' })).status, 200, 'the right state still works');
});

t.test('a code minted without a state binds none: the exchange takes any state', async (t) => {
  const a = await mint({ identifier: ALICE.email });
  t.equal(a.state, null);
  t.equal((await exchange({ code: a.code, state: 'anything' })).status, 200);
});

t.test("another client's code is unknown here, and still works for its own client", async (t) => {
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'other' } })).body.client_id as string;
  const carol = (await h.call({ method: 'POST', url: '/__sandbox/users', payload: { client_id: other, email: 'carol@example.com' } })).body;
  const theirs = (await h.call({ method: 'POST', url: '/__sandbox/sso/codes', payload: { client_id: other, user_id: carol.user_id } })).body;
  await refused(t, exchangeUrl({ code: theirs.code }), /query\.code is unknown for client cli_sandbox0000000000001/);
  const mine = await mint({ identifier: ALICE.email });
  await refused(t, exchangeUrl({ code: mine.code }, other), new RegExp(`query\\.code is unknown for client ${other}`));
  const res = await exchange({ code: theirs.code }, other);
  t.equal(res.status, 200);
  const { payload } = await jwtVerify(res.body.access_token, createLocalJWKSet((await h.call({ url: '/.well-known/jwks.json' })).body), { currentDate: h.services.clock.now() });
  t.match(payload, { sub: carol.user_id, client_id: other });
});

t.test('an unknown code is a 400 invalid_code; a missing or empty one a 400 naming query.code', async (t) => {
  await refused(t, exchangeUrl({ code: 'nope' }), /query\.code is unknown/);
  isError(t, await h.call({ url: `/api/v1/sso/oauth/accesstoken?client_id=${DEFAULT_CLIENT}` }), 400, 'invalid_query_parameters', /query\.code is required/);
  isError(t, await h.call({ url: `/api/v1/sso/oauth/accesstoken?client_id=${DEFAULT_CLIENT}&code=` }), 400, 'invalid_query_parameters', /query\.code must NOT have fewer than 1 characters/);
});

t.test('a refusal is journaled with the failed check in plain words', async (t) => {
  await h.call({ url: exchangeUrl({ code: 'journal' }) });
  const [entry] = (await h.call({ url: '/__sandbox/requests?operation=accessTokenByAuthCode&limit=1' })).body;
  t.match(entry, { operation: 'accessTokenByAuthCode', status: 400, error: 'invalid_code', explanation: /^code check failed: is unknown for client/ });
});

t.test('three exchanges racing with one code: exactly one gets tokens', async (t) => {
  const { code } = await mint({ identifier: ALICE.email });
  const answers = await Promise.all([exchange({ code }), exchange({ code }), exchange({ code })]);
  t.same(answers.map((a) => a.status).sort(), [200, 400, 400]);
});
