import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, paths } from '../helper.js';

const h = await build(t);

t.test('options carry a 24-hex auth_code, a fresh 32-byte challenge, the timeout, the RP ID and the UV policy', async (t) => {
  const a = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  const b = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  t.equal(a.status, 200);
  t.match(a.body, { auth_code: /^[0-9a-f]{24}$/, publicKey: { timeout: 300000, rpId: 'localhost', userVerification: 'preferred' } });
  t.equal(Buffer.from(a.body.publicKey.challenge, 'base64url').length, 32);
  t.not(a.body.publicKey.challenge, b.body.publicKey.challenge, 'every ceremony has its own challenge');
  t.not(a.body.auth_code, b.body.auth_code);
});

t.test('the client id may come from the query or the x-client-id header, in any case', async (t) => {
  for (const headers of [{ 'x-client-id': DEFAULT_CLIENT }, { 'X-Client-Id': DEFAULT_CLIENT }, { 'X-CLIENT-ID': DEFAULT_CLIENT }]) {
    const res = await h.call({ url: paths.login({ identifier: ALICE.email }), headers });
    t.equal(res.status, 200, JSON.stringify(headers));
  }
  const both = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }), headers: { 'x-client-id': DEFAULT_CLIENT } });
  t.equal(both.status, 200, 'the same id in both places is fine');
});

t.test('a missing client id is a 400 that says where to put it', async (t) => {
  const res = await h.call({ url: paths.login({ identifier: ALICE.email }) });
  t.equal(res.status, 400);
  t.equal(res.body.error, 'client_id_required');
  t.match(res.body.error_description, /client_id query parameter or the x-client-id header/);
});

t.test('two different client ids (query and header) are a 400 naming both', async (t) => {
  const res = await h.call({ url: paths.login({ client_id: 'cli_other', identifier: ALICE.email }), headers: { 'x-client-id': DEFAULT_CLIENT } });
  t.equal(res.status, 400);
  t.equal(res.body.error, 'client_id_conflict');
  t.match(res.body.error_description, /cli_other.*cli_sandbox0000000000001/);
});

t.test('an unknown client id is a 401 invalid_client with SSOJet code 1001', async (t) => {
  const res = await h.call({ url: paths.login({ client_id: 'cli_unknown', identifier: ALICE.email }) });
  t.equal(res.status, 401);
  t.same({ error: res.body.error, error_code: res.body.error_code }, { error: 'invalid_client', error_code: 1001 });
  t.match(res.body.error_description, /no client cli_unknown/);
});

t.test('a missing or empty identifier is a 400 naming query.identifier', async (t) => {
  const missing = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT }) });
  t.equal(missing.status, 400);
  t.same({ error: missing.body.error, error_code: missing.body.error_code }, { error: 'invalid_query_parameters', error_code: 842 });
  t.match(missing.body.error_description, /query.identifier is required/);
  const empty = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: '' }) });
  t.equal(empty.status, 400);
  t.match(empty.body.error_description, /query.identifier must NOT have fewer than 1 characters/);
});

t.test('an undeclared query parameter is refused by name', async (t) => {
  const res = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email, debug: '1' }) });
  t.equal(res.status, 400);
  t.match(res.body.error_description, /query.debug is not an allowed property/);
});

t.test('initiating login records a pending ceremony but changes no user or credential', async (t) => {
  const before = await h.state();
  await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: 'someone@example.com' }) });
  const after = await h.state();
  t.same(after.users, before.users);
  t.same(after.credentials, before.credentials);
  t.equal(after.ceremonies.length, before.ceremonies.length + 1);
  t.match(after.ceremonies.at(-1), { kind: 'login', identifier: 'someone@example.com', user_id: null, status: 'pending' });
});
