// Tests of operation sandboxCreateUser (openapi.yaml), through HTTP.
import t, { type Test } from 'tap';
import { ALICE, build, DEFAULT_CLIENT, durableState, paths, PINNED, isError } from '../helper.js';

const h = await build(t);


const create = (payload: object) => h.call({ method: 'POST', url: '/__sandbox/users', payload });
const emails = async (clientId = DEFAULT_CLIENT) => (await h.call({ url: `/__sandbox/users?client_id=${clientId}` })).body.map((u: { email: string }) => u.email) as string[];

/** A refused create: the right error, and no user (nor anything else durable) added. */
async function refused(t: Test, payload: object, status: number, error: string, description: RegExp) {
  const before = durableState(await h.state());
  isError(t, await create(payload), status, error, description);
  t.same(durableState(await h.state()), before, 'no user was created');
}

t.test('POST {client_id, email} creates a user → 201 {user_id, client_id, email, identifier, created_at, updated_at, last_login_at}', async (t) => {
  const res = await create({ client_id: DEFAULT_CLIENT, email: 'carol@example.com' });
  t.equal(res.status, 201);
  t.match(res.body.user_id, /^[0-9a-f]{24}$/);
  t.same(res.body, { user_id: res.body.user_id, client_id: DEFAULT_CLIENT, email: 'carol@example.com', identifier: 'carol@example.com', created_at: PINNED, updated_at: PINNED, last_login_at: null,
    first_name: '', last_name: '', phone_id: null, email_verified: false, is_active: true, connection_type: 'ManualUser', groups: {}, raw_attributes: {}, roles: [] });
  t.ok((await emails()).includes('carol@example.com'), 'the user is listed');
});

t.test('the created user can be signed in by user_id and then holds a usable token', async (t) => {
  const user = (await create({ client_id: DEFAULT_CLIENT, email: 'dora@example.com' })).body;
  const session = await h.call({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: DEFAULT_CLIENT, user_id: user.user_id } });
  t.equal(session.status, 200);
  t.equal(session.body.user_id, user.user_id);
  const creds = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${session.body.access_token}` } });
  t.equal(creds.status, 200);
  t.same(creds.body, []);
});

t.test('a session by the same email finds the created user instead of creating another', async (t) => {
  const user = (await create({ client_id: DEFAULT_CLIENT, email: 'ella@example.com' })).body;
  const session = await h.call({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: DEFAULT_CLIENT, identifier: 'ella@example.com' } });
  t.equal(session.body.user_id, user.user_id);
  t.equal((await emails()).filter((e) => e === 'ella@example.com').length, 1);
});

t.test('each user gets a new user_id', async (t) => {
  const a = await create({ client_id: DEFAULT_CLIENT, email: 'fay@example.com' });
  const b = await create({ client_id: DEFAULT_CLIENT, email: 'gil@example.com' });
  t.not(a.body.user_id, b.body.user_id);
});

t.test('a duplicate email in the same client is refused with 409 user_already_exists', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT, email: ALICE.email }, 409, 'user_already_exists', /already has a user with email alice@example\.com/);
});

t.test('the duplicate check ignores the case of the email', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT, email: 'ALICE@Example.COM' }, 409, 'user_already_exists', /already has a user with email ALICE@Example\.COM/);
});

t.test('the same email in another client is a different user → 201', async (t) => {
  const client = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: {} })).body.client_id;
  const res = await create({ client_id: client, email: ALICE.email });
  t.equal(res.status, 201);
  t.equal(res.body.client_id, client);
  t.not(res.body.user_id, ALICE.user_id);
  t.same(await emails(client), [ALICE.email]);
});

for (const email of ['not-an-email', 'a@', '@example.com', 'a b@example.com', '']) {
  t.test(`an invalid email ${JSON.stringify(email)} is refused with 400 naming body.email`, async (t) => {
    await refused(t, { client_id: DEFAULT_CLIENT, email }, 400, 'invalid_request_body', /body\.email must match format "email"/);
  });
}

t.test('an email that is not a string is refused with 400 naming body.email', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT, email: 42 }, 400, 'invalid_request_body', /body\.email must be string/);
});

t.test('a missing email is refused with 400 naming body.email', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT }, 400, 'invalid_request_body', /body\.email is required/);
});

t.test('a missing client_id is refused with 400 naming body.client_id', async (t) => {
  await refused(t, { email: 'hal@example.com' }, 400, 'invalid_request_body', /body\.client_id is required/);
});

t.test('an unknown client is refused with 401 invalid_client naming it', async (t) => {
  await refused(t, { client_id: 'cli_doesnotexist', email: 'hal@example.com' }, 401, 'invalid_client', /no client cli_doesnotexist/);
});

t.test('a user_id cannot be chosen by the caller: 400 naming body.user_id', async (t) => {
  await refused(t, { client_id: DEFAULT_CLIENT, email: 'hal@example.com', user_id: 'aaaaaaaaaaaaaaaaaaaaaaaa' }, 400, 'invalid_request_body', /body\.user_id is not an allowed property/);
});

t.test('a request without a body is refused with 400 saying a JSON body is required', async (t) => {
  const res = await h.call({ method: 'POST', url: '/__sandbox/users' });
  isError(t, res, 400, 'invalid_request_body', /a JSON body is required/);
});
