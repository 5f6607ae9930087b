// Tests of operation sandboxListUsers (openapi.yaml), through HTTP.
import t from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, PINNED, isError } from '../helper.js';

const h = await build(t);


const list = (query: string) => h.call({ url: `/__sandbox/users${query}` });

t.test("the default client's users are alice, bob and three generated users, as a bare array of user objects", async (t) => {
  const res = await list(`?client_id=${DEFAULT_CLIENT}`);
  t.equal(res.status, 200);
  t.ok(Array.isArray(res.body));
  t.equal(res.body.length, 5);
  t.same(res.body[0], { user_id: ALICE.user_id, client_id: DEFAULT_CLIENT, email: ALICE.email, identifier: ALICE.email, created_at: PINNED, updated_at: PINNED, last_login_at: null,
    first_name: 'Alice', last_name: 'Martin', phone_id: null, email_verified: false, is_active: true, connection_type: 'Seeded', groups: {}, raw_attributes: {}, roles: [] });
  t.match(res.body[1], BOB);
  for (const u of res.body.slice(2)) {
    t.match(u, { user_id: /^[0-9a-f]{24}$/, client_id: DEFAULT_CLIENT, email: /^[a-z0-9._'-]+@example\.com$/ }, `generated user ${u.email}`);
    t.equal(u.identifier, u.email);
  }
  t.equal(new Set(res.body.map((u: { email: string }) => u.email)).size, 5, 'emails are unique');
});

t.test('a user created through the API or signed in by a session shows up in the list', async (t) => {
  const created = await h.call({ method: 'POST', url: '/__sandbox/users', payload: { client_id: DEFAULT_CLIENT, email: 'carol@example.com' } });
  await h.session('dan@example.com');
  const res = await list(`?client_id=${DEFAULT_CLIENT}`);
  t.same(res.body.slice(-2).map((u: { email: string }) => u.email), ['carol@example.com', 'dan@example.com']);
  t.same(res.body.at(-2), created.body);
  t.equal(res.body.at(-1).last_login_at, PINNED, 'the session stamped last_login_at');
});

t.test('a new client has no users', async (t) => {
  const client = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: {} });
  const res = await list(`?client_id=${client.body.client_id}`);
  t.equal(res.status, 200);
  t.same(res.body, []);
});

t.test('the list needs client_id: without it the answer is 400 naming query.client_id', async (t) => {
  const res = await list('');
  isError(t, res, 400, 'invalid_query_parameters', /query\.client_id is required/);
});

t.test('an empty client_id is refused with 400 naming query.client_id', async (t) => {
  const res = await list('?client_id=');
  isError(t, res, 400, 'invalid_query_parameters', /query\.client_id /);
});

t.test('a malformed client_id is refused with 400 naming query.client_id', async (t) => {
  const res = await list(`?client_id=${encodeURIComponent('cli sandbox')}`);
  isError(t, res, 400, 'invalid_query_parameters', /query\.client_id must match pattern/);
});

t.test('an unknown client is refused with 401 invalid_client (code 1001) naming it', async (t) => {
  const res = await list('?client_id=cli_doesnotexist');
  isError(t, res, 401, 'invalid_client', /no client cli_doesnotexist/);
  t.equal(res.body.error_code, 1001);
});

t.test('an unexpected query parameter is refused with 400 naming it', async (t) => {
  const res = await list(`?client_id=${DEFAULT_CLIENT}&email=alice@example.com`);
  isError(t, res, 400, 'invalid_query_parameters', /query\.email is not an allowed property/);
});
