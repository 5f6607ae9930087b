// The user operations of the management API (CONTRACT-API.md §6 U1–U8), through HTTP.
import t from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, PINNED } from '../../helper.js';
import { IDS, management, refusedUnchanged } from './management-helper.js';

const h = await build(t);
const m = management(h);
t.beforeEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset', payload: {} }); });

const V1_KEYS = ['_id', 'account_id', 'connection_id', 'email', 'first_name', 'last_name', 'groups', 'raw_attributes', 'roles', 'passkey_credential', 'phone_id', 'created_at', 'modified_at', 'email_verified', 'is_active', 'LastLoginAt', 'tenants', 'identities'];

t.test('List All Users answers a bare array of v1 user objects in the order created, paged by limit and page', async (t) => {
  const all = await m.get('/api/v1/users');
  t.equal(all.status, 200);
  t.ok(Array.isArray(all.body), 'a bare array');
  t.equal(all.body.length, 5, "the default scenario's five users");
  t.same(all.body.slice(0, 2).map((u: { _id: string }) => u._id), [ALICE.user_id, BOB.user_id]);
  t.same(Object.keys(all.body[0]), V1_KEYS, "SSOJet's v1 keys, in its order");
  const page2 = await m.get('/api/v1/users?limit=2&page=2');
  t.same(page2.body.map((u: { _id: string }) => u._id), all.body.slice(2, 4).map((u: { _id: string }) => u._id), 'page 2 of 2 is the third and fourth');
  const beyond = await m.get('/api/v1/users?limit=2&page=9');
  t.same(beyond.body, [], 'a page past the end is empty');
});

t.test('List All Users at /api/api/users (the URL SSOJet itself shows) answers the same page', async (t) => {
  const alias = await m.get('/api/api/users?limit=3');
  const list = await m.get('/api/v1/users?limit=3');
  t.equal(alias.status, 200);
  t.same(alias.body, list.body);
});

t.test('List All Users refuses a limit over 100 with a 400 naming the parameter', async (t) => {
  await refusedUnchanged(t, h, () => m.get('/api/v1/users?limit=101'), 400, 'invalid_query_parameters', /limit/);
});

t.test('the v1 user object renders what a user has none of as null, and LastLoginAt from the one record', async (t) => {
  const alice = (await m.get(`/api/v1/users/${ALICE.user_id}`)).body;
  t.match(alice, { _id: ALICE.user_id, account_id: IDS.account, connection_id: IDS.connection, email: ALICE.email, first_name: 'Alice', groups: null, raw_attributes: null, roles: null, passkey_credential: null, phone_id: '', tenants: null, identities: null, LastLoginAt: null });
  t.notOk('id' in alice, '_id, not id');
  t.notOk('updated_at' in alice, 'modified_at, not updated_at');
  await h.session(ALICE.email);
  t.equal((await m.get(`/api/v1/users/${ALICE.user_id}`)).body.LastLoginAt, PINNED, 'LastLoginAt follows a sign-in');
});

t.test('GET User By User Id answers 404 resource_not_found for an unknown id', async (t) => {
  await refusedUnchanged(t, h, () => m.get('/api/v1/users/000000000000000000000001'), 404, 'resource_not_found', /no user 000000000000000000000001/);
});

t.test('GET User by Email matches in any case and answers id and connection_type, not _id and connection_id', async (t) => {
  const res = await m.get('/api/v1/users/ALICE@Example.COM/email');
  t.equal(res.status, 200);
  t.same(Object.keys(res.body), ['id', 'account_id', 'connection_type', 'email', 'first_name', 'last_name', 'created_at', 'modified_at', 'is_active', 'LastLoginAt']);
  t.equal(res.body.id, ALICE.user_id);
  await refusedUnchanged(t, h, () => m.get('/api/v1/users/nobody@example.com/email'), 404, 'resource_not_found', /no user with email nobody@example.com/);
});

t.test('Create a User answers the v1 object with organization_id zeros and connection_type ManualUser, and the user is listed', async (t) => {
  const res = await m.post('/api/v1/users', { first_name: 'fname', last_name: 'lnanme', email: 'carol@example.com' });
  t.equal(res.status, 200);
  t.same(Object.keys(res.body).slice(0, 3), ['_id', 'account_id', 'organization_id']);
  t.equal(res.body.organization_id, '000000000000000000000000');
  t.match(res.body, { email: 'carol@example.com', first_name: 'fname', last_name: 'lnanme', email_verified: false, is_active: true, created_at: PINNED, modified_at: PINNED });
  t.equal((await m.get('/api/v1/users/carol@example.com/email')).body.connection_type, 'ManualUser');
  const listed = (await m.get('/api/v1/users')).body as Array<{ _id: string }>;
  t.equal(listed.at(-1)?._id, res.body._id, 'the newest user is listed last');
});

t.test('Create a User refuses a duplicate email (any case) with 409 user_already_exists, and a bad email with 400 invalid_email', async (t) => {
  await refusedUnchanged(t, h, () => m.post('/api/v1/users', { first_name: 'A', last_name: 'M', email: 'Alice@Example.com' }), 409, 'user_already_exists', /already has a user with email Alice@Example.com/);
  await refusedUnchanged(t, h, () => m.post('/api/v1/users', { first_name: 'A', last_name: 'M', email: 'not-an-email' }), 400, 'invalid_email', /body.email "not-an-email" is not an email address/);
  await refusedUnchanged(t, h, () => m.post('/api/v1/users', { first_name: 'A', email: 'dan@example.com' }), 400, 'invalid_request_body', /last_name/);
});

t.test('Update User merges the fields sent; a new email is unverified and signs the user in', async (t) => {
  await m.post(`/api/v1/users/${ALICE.user_id}/verify`, { verification_status: true });
  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 1000 } });
  const res = await m.put(`/api/v1/users/${ALICE.user_id}`, { email: 'abc@ddd.com', groups: { team: 'a' }, raw_attributes: { test: 'abc', test2: 'abbc2' } });
  t.equal(res.status, 200);
  t.match(res.body, { email: 'abc@ddd.com', first_name: 'Alice', last_name: 'Martin', groups: { team: 'a' }, raw_attributes: { test: 'abc', test2: 'abbc2' }, email_verified: false });
  t.equal(res.body.modified_at, '2026-01-01T00:00:01.000Z', 'modified_at moves');
  t.equal(res.body.created_at, PINNED, 'created_at does not');
  const session = await h.call({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: DEFAULT_CLIENT, identifier: 'abc@ddd.com' } });
  t.equal(session.body.user_id, ALICE.user_id, 'the new email names the same user');
});

t.test('Update User refuses a taken email with 409 and an unknown id with 404, changing nothing', async (t) => {
  await refusedUnchanged(t, h, () => m.put(`/api/v1/users/${ALICE.user_id}`, { email: BOB.email, first_name: 'X' }), 409, 'user_already_exists', /body.email bob@example.com belongs to user 6694c133565dfee5166d1cbb/);
  await refusedUnchanged(t, h, () => m.put('/api/v1/users/000000000000000000000001', { first_name: 'X' }), 404, 'resource_not_found', /no user/);
  await refusedUnchanged(t, h, () => m.put(`/api/v1/users/${ALICE.user_id}`, { groups: { deep: { a: 1 } } }), 400, 'invalid_request_body', /groups/);
});

t.test('Verify User Status takes "true", "false" and booleans, and sets email_verified', async (t) => {
  for (const [sent, verified] of [['true', true], ['false', false], [true, true], [false, false]] as const) {
    const res = await m.post(`/api/v1/users/${BOB.user_id}/verify`, { verification_status: sent });
    t.equal(res.status, 200);
    t.equal(res.body.email_verified, verified, `${JSON.stringify(sent)} → ${verified}`);
  }
});

t.test('Verify User Status refuses "true/false" (the example\'s placeholder) and anything else with a 400 naming verification_status', async (t) => {
  for (const bad of ['true/false', 'yes', 1, null]) {
    await refusedUnchanged(t, h, () => m.post(`/api/v1/users/${BOB.user_id}/verify`, { verification_status: bad }), 400, 'invalid_request_body', /verification_status/);
  }
  await refusedUnchanged(t, h, () => m.post('/api/v1/users/000000000000000000000001/verify', { verification_status: 'true' }), 404, 'resource_not_found', /no user/);
});

t.test('Manage User Roles replaces the roles with the ids sent, rendered as roles: [ids]', async (t) => {
  const first = await m.put(`/api/v1/users/${BOB.user_id}/roles`, { role_id: [IDS.admin, IDS.developer] });
  t.equal(first.status, 200);
  t.same(first.body.roles, [IDS.admin, IDS.developer]);
  const second = await m.put(`/api/v1/users/${BOB.user_id}/roles`, { role_id: [IDS.owner] });
  t.same(second.body.roles, [IDS.owner], 'replaced, not appended');
  const none = await m.put(`/api/v1/users/${BOB.user_id}/roles`, { role_id: [] });
  t.equal(none.body.roles, null, 'no roles render as null, as SSOJet shows');
});

t.test('Manage User Roles refuses an unknown role id with a 400 naming it, and an unknown user with 404', async (t) => {
  await refusedUnchanged(t, h, () => m.put(`/api/v1/users/${BOB.user_id}/roles`, { role_id: [IDS.admin, '000000000000000000000009'] }), 400, 'invalid_request_body', /body.role_id\[1\] 000000000000000000000009 is not a role/);
  await refusedUnchanged(t, h, () => m.put('/api/v1/users/000000000000000000000001/roles', { role_id: [IDS.admin] }), 404, 'resource_not_found', /no user/);
});

t.test('Delete User answers {is_deleted: true}, ignores a Bearer and a {} body, and the user is gone', async (t) => {
  const token = await h.session(BOB.email);
  const res = await h.call({ method: 'DELETE', url: `/api/v1/users/${BOB.user_id}?client_id=${DEFAULT_CLIENT}`, headers: { authorization: `Bearer ${token}` }, payload: {} });
  t.equal(res.status, 200);
  t.same(res.body, { is_deleted: true });
  t.equal((await m.get(`/api/v1/users/${BOB.user_id}`)).status, 404);
  t.equal((await m.get('/api/v1/users')).body.length, 4);
});

t.test('Delete User of an unknown id answers 404, and the id-less /api/v1/users/ of SSOJet\'s sample a 400 naming the fix', async (t) => {
  await refusedUnchanged(t, h, () => m.del('/api/v1/users/000000000000000000000001'), 404, 'resource_not_found', /no user/);
  for (const path of ['/api/v1/users', '/api/v1/users/']) {
    await refusedUnchanged(t, h, () => m.del(path), 400, 'malformed_request', /needs the user's id in the path.*DELETE \/api\/v1\/users\/\{userid\}\?client_id=cli_sandbox0000000000001/);
  }
});
