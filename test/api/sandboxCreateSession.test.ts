// Tests of operation sandboxCreateSession (openapi.yaml), through HTTP.
import { createLocalJWKSet, jwtVerify } from 'jose';
import t, { type Test } from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, durableState, paths, PINNED, isError } from '../helper.js';

const h = await build(t);


const session = (payload: object) => h.call({ method: 'POST', url: '/__sandbox/sessions', payload });
const users = async () => (await h.call({ url: `/__sandbox/users?client_id=${DEFAULT_CLIENT}` })).body as Array<{ user_id: string; email: string; last_login_at: string | null }>;
const expiresAt = new Date(Date.parse(PINNED) + 3600_000).toISOString();

async function refused(t: Test, payload: object, status: number, error: string, description: RegExp) {
  const before = durableState(await h.state());
  isError(t, await session(payload), status, error, description);
  t.same(durableState(await h.state()), before, 'no user, token or login stamp was added');
}

t.test('a session by identifier answers {access_token, refresh_token, token_type: "Bearer", expires_at, user_id}', async (t) => {
  const res = await session({ client_id: DEFAULT_CLIENT, identifier: ALICE.email });
  t.equal(res.status, 200);
  t.same(Object.keys(res.body).sort(), ['access_token', 'expires_at', 'refresh_token', 'token_type', 'user_id']);
  t.match(res.body, { token_type: 'Bearer', expires_at: expiresAt, user_id: ALICE.user_id, refresh_token: /^rt_[A-Za-z0-9_-]{43}$/ });
});

t.test("the access token is an RS256 at+jwt for the user and client, verifiable with the sandbox's JWKS", async (t) => {
  const res = await session({ client_id: DEFAULT_CLIENT, identifier: BOB.email });
  const jwks = (await h.call({ url: '/.well-known/jwks.json' })).body;
  const { payload, protectedHeader } = await jwtVerify(res.body.access_token, createLocalJWKSet(jwks), {
    issuer: 'http://localhost:8787', audience: DEFAULT_CLIENT, currentDate: h.services.clock.now(),
  });
  t.match(protectedHeader, { alg: 'RS256', typ: 'at+jwt', kid: jwks.keys[0].kid });
  t.match(payload, { sub: BOB.user_id, client_id: DEFAULT_CLIENT, iat: Date.parse(PINNED) / 1000, exp: Date.parse(expiresAt) / 1000 });
});

t.test('the token works as the Bearer of List User PassKey Credentials and Passkey Registration Initialize', async (t) => {
  const { body } = await session({ client_id: DEFAULT_CLIENT, identifier: ALICE.email });
  const auth = { authorization: `Bearer ${body.access_token}` };
  const list = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: auth });
  t.equal(list.status, 200);
  t.same(list.body, []);
  const init = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: auth });
  t.equal(init.status, 200);
  t.equal(init.body.publicKey.user.name, ALICE.email, 'registration is for the session user');
});

t.test('a session stamps the user\'s last_login_at and records its refresh token', async (t) => {
  const res = await session({ client_id: DEFAULT_CLIENT, user_id: BOB.user_id });
  t.equal((await users()).find((u) => u.user_id === BOB.user_id)!.last_login_at, PINNED);
  const state = await h.state();
  t.same(state.refresh_tokens.at(-1), { token: res.body.refresh_token, client_id: DEFAULT_CLIENT, user_id: BOB.user_id, expires_at: expiresAt });
});

t.test('an unknown identifier creates the user, as a first passwordless sign-in would', async (t) => {
  const before = (await users()).length;
  const res = await session({ client_id: DEFAULT_CLIENT, identifier: 'newcomer@example.com' });
  t.equal(res.status, 200);
  const after = await users();
  t.equal(after.length, before + 1);
  t.match(after.at(-1), { user_id: res.body.user_id, email: 'newcomer@example.com', last_login_at: PINNED });
  const again = await session({ client_id: DEFAULT_CLIENT, identifier: 'Newcomer@Example.com' });
  t.equal(again.body.user_id, res.body.user_id, 'a second session (any case) signs the same user in');
  t.equal((await users()).length, before + 1, 'and creates no one');
});

t.test('a session by user_id signs that user in', async (t) => {
  const res = await session({ client_id: DEFAULT_CLIENT, user_id: ALICE.user_id });
  t.equal(res.status, 200);
  t.equal(res.body.user_id, ALICE.user_id);
  t.equal(res.body.token_type, 'Bearer');
});

t.test('user_id and identifier naming the same user → 200', async (t) => {
  const res = await session({ client_id: DEFAULT_CLIENT, user_id: ALICE.user_id, identifier: 'Alice@example.com' });
  t.equal(res.status, 200);
  t.equal(res.body.user_id, ALICE.user_id);
});

t.test('two sessions give two different tokens', async (t) => {
  const a = await session({ client_id: DEFAULT_CLIENT, user_id: ALICE.user_id });
  const b = await session({ client_id: DEFAULT_CLIENT, user_id: ALICE.user_id });
  t.not(a.body.access_token, b.body.access_token);
  t.not(a.body.refresh_token, b.body.refresh_token);
});

t.test('an unknown user_id is refused with 404 resource_not_found naming it, and creates no one', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT, user_id: 'aaaaaaaaaaaaaaaaaaaaaaaa' }, 404, 'resource_not_found', /has no user aaaaaaaaaaaaaaaaaaaaaaaa/);
});

t.test('a user_id of another client is refused with 404 (clients are isolated)', async (t) => {
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: {} })).body.client_id;
  await refused(t, { client_id: other, user_id: ALICE.user_id }, 404, 'resource_not_found', new RegExp(`Client ${other} has no user ${ALICE.user_id}`));
});

t.test('neither user_id nor identifier is refused with 400 naming both fields', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT }, 400, 'invalid_request_body', /body\.user_id or body\.identifier is required/);
});

t.test('user_id and identifier naming different users are refused with 400, and sign no one in', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT, user_id: ALICE.user_id, identifier: BOB.email }, 400, 'invalid_request_body', /body\.user_id 6694b8ab9b41d3ca01e580d3 and body\.identifier bob@example\.com name different users/);
});

t.test('user_id with an unknown identifier is refused with 400 and does not create the identifier\'s user', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT, user_id: ALICE.user_id, identifier: 'ghost@example.com' }, 400, 'invalid_request_body', /name different users/);
  t.notOk((await users()).some((u) => u.email === 'ghost@example.com'));
});

t.test('a malformed user_id is refused with 400 naming body.user_id', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT, user_id: 'alice' }, 400, 'invalid_request_body', /body\.user_id must match pattern/);
});

t.test('an empty identifier is refused with 400 naming body.identifier', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT, identifier: '' }, 400, 'invalid_request_body', /body\.identifier must NOT have fewer than 1 characters/);
});

t.test('a missing client_id is refused with 400 naming body.client_id', async (t) => {
  await refused(t, { identifier: ALICE.email }, 400, 'invalid_request_body', /body\.client_id is required/);
});

t.test('an unknown client is refused with 401 invalid_client', async (t) => {
  await refused(t, { client_id: 'cli_doesnotexist', identifier: ALICE.email }, 401, 'invalid_client', /no client cli_doesnotexist/);
});

t.test('an unknown property is refused with 400 naming it', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT, identifier: ALICE.email, ttl: 60 }, 400, 'invalid_request_body', /body\.ttl is not an allowed property/);
});
