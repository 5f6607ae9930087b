// Tests of operation sandboxCreateSsoCode (openapi.yaml, POST /__sandbox/sso/codes), through HTTP.
import t, { type Test } from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, isError, PINNED } from '../helper.js';

const h = await build(t);

const mint = (payload: unknown) => h.call({ method: 'POST', url: '/__sandbox/sso/codes', payload: payload as object });

async function refused(t: Test, payload: unknown, status: number, error: string, why: RegExp) {
  const before = JSON.stringify(await h.state());
  isError(t, await mint(payload), status, error, why);
  t.equal(JSON.stringify(await h.state()), before, 'no code was minted');
}

t.test('a code for a user by identifier: 201 {code, state}, kept in the state for 5 minutes', async (t) => {
  const res = await mint({ client_id: DEFAULT_CLIENT, identifier: 'Alice@Example.com', state: 'xyz' });
  t.equal(res.status, 201);
  t.same(Object.keys(res.body), ['code', 'state']);
  t.match(res.body, { code: /^[A-Za-z0-9_-]{43}$/, state: 'xyz' });
  t.same((await h.state()).sso_codes.at(-1), {
    code: res.body.code, client_id: DEFAULT_CLIENT, user_id: ALICE.user_id, state: 'xyz', created_at: PINNED, expires_at: '2026-01-01T00:05:00.000Z',
  });
});

t.test('a code for a user by user_id binds no state unless given (state null)', async (t) => {
  const res = await mint({ client_id: DEFAULT_CLIENT, user_id: BOB.user_id });
  t.equal(res.status, 201);
  t.equal(res.body.state, null);
  t.match((await h.state()).sso_codes.at(-1), { user_id: BOB.user_id, state: null });
});

t.test('every code is new, and the same seed and clock mint the same codes', async (t) => {
  const a = (await mint({ client_id: DEFAULT_CLIENT, user_id: BOB.user_id })).body.code;
  const b = (await mint({ client_id: DEFAULT_CLIENT, user_id: BOB.user_id })).body.code;
  t.not(a, b);
  await h.call({ method: 'POST', url: '/__sandbox/reset', payload: {} });
  const again = (await mint({ client_id: DEFAULT_CLIENT, user_id: BOB.user_id })).body.code;
  await h.call({ method: 'POST', url: '/__sandbox/reset', payload: {} });
  t.equal((await mint({ client_id: DEFAULT_CLIENT, user_id: BOB.user_id })).body.code, again, 'reset → the same first code');
});

t.test('neither user_id nor identifier is a 400 naming both', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT }, 400, 'invalid_request_body', /body\.user_id or body\.identifier is required/);
});

t.test('an unknown user is a 404 that says how to list users', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT, identifier: 'nobody@example.com' }, 404, 'resource_not_found', /has no user nobody@example.com; list users with GET \/__sandbox\/users\?client_id=/);
  await refused(t, { client_id: DEFAULT_CLIENT, user_id: '000000000000000000000000' }, 404, 'resource_not_found', /has no user 000000000000000000000000/);
});

t.test('user_id and identifier of two different users is a 400', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT, user_id: ALICE.user_id, identifier: BOB.email }, 400, 'invalid_request_body', /name different users; send one of them/);
});

t.test("an unknown client is a 401; another client's user is not found", async (t) => {
  await refused(t, { client_id: 'cli_nobody', identifier: ALICE.email }, 401, 'invalid_client', /no client cli_nobody/);
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: {} })).body.client_id as string;
  await refused(t, { client_id: other, user_id: ALICE.user_id }, 404, 'resource_not_found', new RegExp(`Client ${other} has no user ${ALICE.user_id}`));
});

t.test('bad bodies are 400s naming the field', async (t) => {
  await refused(t, { identifier: ALICE.email }, 400, 'invalid_request_body', /body\.client_id is required/);
  await refused(t, { client_id: DEFAULT_CLIENT, identifier: ALICE.email, state: '' }, 400, 'invalid_request_body', /body\.state must NOT have fewer than 1 characters/);
  await refused(t, { client_id: DEFAULT_CLIENT, user_id: 'abc' }, 400, 'invalid_request_body', /body\.user_id must match pattern/);
  await refused(t, { client_id: DEFAULT_CLIENT, identifier: ALICE.email, scope: 'x' }, 400, 'invalid_request_body', /body\.scope is not an allowed property/);
});

t.test('codes survive export and restore unchanged', async (t) => {
  await mint({ client_id: DEFAULT_CLIENT, user_id: ALICE.user_id, state: 'keep' });
  const exported = await h.state();
  t.ok(exported.sso_codes.length > 0);
  t.equal((await h.call({ method: 'PUT', url: '/__sandbox/state', payload: exported })).status, 200);
  t.equal(JSON.stringify(await h.state()), JSON.stringify(exported));
});
