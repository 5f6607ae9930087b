// Tests of operation refreshToken (openapi.yaml, CONTRACT-API §4 A11), through HTTP.
import { createLocalJWKSet, jwtVerify } from 'jose';
import t, { type Test } from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, isError, paths, PINNED } from '../helper.js';

const h = await build(t);

const refreshUrl = (token: string, clientId = DEFAULT_CLIENT) => `/api/v1/accesstoken/refresh?${new URLSearchParams({ client_id: clientId, refresh_token: token })}`;
const refresh = (token: string, clientId = DEFAULT_CLIENT) => h.call({ url: refreshUrl(token, clientId) });
const signIn = async (identifier: string, clientId = DEFAULT_CLIENT) =>
  (await h.call({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: clientId, identifier } })).body as { access_token: string; refresh_token: string; user_id: string };
const advance = (ms: number) => h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: ms } });
const pin = (now: string) => h.call({ method: 'POST', url: '/__sandbox/clock', payload: { now } });

/** A refusal in the envelope that leaves the whole exported state as it was (the refresh token included). */
async function refused(t: Test, url: string, why: RegExp) {
  const before = JSON.stringify(await h.state());
  isError(t, await h.call({ url }), 401, 'invalid_refresh_token', why);
  t.equal(JSON.stringify(await h.state()), before, 'the refusal changed nothing');
}

t.beforeEach(async () => {
  await pin(PINNED);
});

t.test('a refresh answers in Ping Status shape with a new pair of tokens and the user', async (t) => {
  const first = await signIn(ALICE.email);
  await advance(60_000);
  const res = await refresh(first.refresh_token);
  t.equal(res.status, 200);
  t.same(Object.keys(res.body), ['authenticated', 'oauth', 'user']);
  t.equal(res.body.authenticated, true);
  t.same(Object.keys(res.body.oauth).sort(), ['access_token', 'expires_at', 'refresh_token', 'token_type']);
  t.equal(res.body.oauth.token_type, 'Bearer');
  t.equal(res.body.oauth.expires_at, new Date(Date.parse(PINNED) + 60_000 + 3600_000).toISOString(), 'a fresh TOKEN_TTL from the refresh');
  t.match(res.body.oauth.refresh_token, /^rt_[A-Za-z0-9_-]{43}$/);
  t.not(res.body.oauth.refresh_token, first.refresh_token, 'the refresh token rotated');
  t.not(res.body.oauth.access_token, first.access_token, 'a new access token');
  t.match(res.body.user, { user_id: ALICE.user_id, email: ALICE.email, identifier: ALICE.email, issuer: 'http://localhost:8787' });
});

t.test("the new access token is an RS256 at+jwt for the same user and client, verified with the sandbox's JWKS", async (t) => {
  const res = await refresh((await signIn(BOB.email)).refresh_token);
  const jwks = (await h.call({ url: '/.well-known/jwks.json' })).body;
  const { payload, protectedHeader } = await jwtVerify(res.body.oauth.access_token, createLocalJWKSet(jwks), {
    issuer: 'http://localhost:8787', audience: DEFAULT_CLIENT, currentDate: h.services.clock.now(),
  });
  t.match(protectedHeader, { alg: 'RS256', typ: 'at+jwt' });
  t.match(payload, { sub: BOB.user_id, client_id: DEFAULT_CLIENT, azp: DEFAULT_CLIENT });
  const list = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${res.body.oauth.access_token}` } });
  t.equal(list.status, 200, 'it works as a Bearer');
});

t.test('each refresh token works once: the used one is refused, its successor works, and so on', async (t) => {
  const first = await signIn(ALICE.email);
  const second = (await refresh(first.refresh_token)).body.oauth.refresh_token as string;
  await refused(t, refreshUrl(first.refresh_token), /query\.refresh_token is unknown or was already used; sign in again/);
  const third = await refresh(second);
  t.equal(third.status, 200, 'the successor works');
  await refused(t, refreshUrl(second), /already used/);
  t.equal((await refresh(third.body.oauth.refresh_token)).status, 200, "and the successor's successor");
});

t.test('the state keeps exactly the live refresh token: the used one goes, the new one lives REFRESH_TOKEN_TTL', async (t) => {
  const first = await signIn(ALICE.email);
  const res = await refresh(first.refresh_token);
  const tokens = (await h.state()).refresh_tokens as Array<{ token: string; client_id: string; user_id: string; expires_at: string }>;
  t.notOk(tokens.some((r) => r.token === first.refresh_token), 'the used token is gone');
  t.same(tokens.find((r) => r.token === res.body.oauth.refresh_token), {
    token: res.body.oauth.refresh_token, client_id: DEFAULT_CLIENT, user_id: ALICE.user_id, expires_at: new Date(Date.parse(PINNED) + 2592000_000).toISOString(),
  });
});

t.test('an access token issued before a refresh stays valid until its own exp', async (t) => {
  const first = await signIn(ALICE.email);
  await refresh(first.refresh_token);
  const bearer = { authorization: `Bearer ${first.access_token}` };
  t.equal((await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: bearer })).status, 200, 'still a valid Bearer after the refresh');
  await advance(3600_000);
  isError(t, await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: bearer }), 401, 'invalid_token', /"exp" claim timestamp check failed/);
});

t.test('a refresh token expires REFRESH_TOKEN_TTL after it was issued, by the sandbox clock', async (t) => {
  const first = await signIn(ALICE.email);
  await advance(2592000_000 - 1);
  const spare = await signIn(ALICE.email);
  t.equal((await refresh(spare.refresh_token)).status, 200, 'a younger token works');
  await advance(1);
  await refused(t, refreshUrl(first.refresh_token), /expired at 2026-01-31T00:00:00\.000Z \(sandbox time 2026-01-31T00:00:00\.000Z; REFRESH_TOKEN_TTL 2592000 s\)/);
});

t.test('the last millisecond of a refresh token still works', async (t) => {
  const first = await signIn(ALICE.email);
  await advance(2592000_000 - 1);
  t.equal((await refresh(first.refresh_token)).status, 200);
});

t.test("another client's refresh token is refused, and still works for its own client", async (t) => {
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'other' } })).body.client_id as string;
  const theirs = await signIn('carol@example.com', other);
  await refused(t, refreshUrl(theirs.refresh_token), new RegExp(`was not issued to client ${DEFAULT_CLIENT}`));
  const mine = await signIn(ALICE.email);
  await refused(t, refreshUrl(mine.refresh_token, other), new RegExp(`was not issued to client ${other}`));
  const res = await refresh(theirs.refresh_token, other);
  t.equal(res.status, 200, 'the refusal used nothing up');
  t.equal(res.body.user.email, 'carol@example.com');
  t.equal((await refresh(mine.refresh_token)).status, 200);
});

t.test('an unknown refresh token is a 401; a missing or empty one a 400 naming query.refresh_token', async (t) => {
  await refused(t, refreshUrl('rt_nothing'), /query\.refresh_token is unknown or was already used/);
  isError(t, await h.call({ url: `/api/v1/accesstoken/refresh?client_id=${DEFAULT_CLIENT}` }), 400, 'invalid_query_parameters', /query\.refresh_token is required/);
  isError(t, await h.call({ url: `/api/v1/accesstoken/refresh?client_id=${DEFAULT_CLIENT}&refresh_token=` }), 400, 'invalid_query_parameters', /query\.refresh_token must NOT have fewer than 1 characters/);
});

t.test('the client id is required, by the query or x-client-id', async (t) => {
  const { refresh_token } = await signIn(ALICE.email);
  isError(t, await h.call({ url: `/api/v1/accesstoken/refresh?refresh_token=${refresh_token}` }), 400, 'client_id_required', /client_id query parameter or the x-client-id header/);
  const res = await h.call({ url: `/api/v1/accesstoken/refresh?refresh_token=${refresh_token}`, headers: { 'x-client-id': DEFAULT_CLIENT } });
  t.equal(res.status, 200);
});

t.test('a refusal is journaled with the failed check in plain words', async (t) => {
  await h.call({ url: refreshUrl('rt_journal') });
  const [entry] = (await h.call({ url: '/__sandbox/requests?operation=refreshToken&limit=1' })).body;
  t.match(entry, { operation: 'refreshToken', status: 401, error: 'invalid_refresh_token', explanation: 'refresh token check failed: is unknown or was already used' });
});

t.test('two refreshes racing with one token: exactly one gets a new pair, the other is refused', async (t) => {
  const { refresh_token } = await signIn(ALICE.email);
  const answers = await Promise.all([refresh(refresh_token), refresh(refresh_token), refresh(refresh_token)]);
  t.same(answers.map((a) => a.status).sort(), [200, 401, 401]);
  const live = (await h.state()).refresh_tokens.filter((r: { user_id: string; token: string }) => answers.some((a) => a.body.oauth?.refresh_token === r.token));
  t.equal(live.length, 1, 'one successor token, not three');
});
