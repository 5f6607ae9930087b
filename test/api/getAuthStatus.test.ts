import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, paths, registerPasskey, startLogin } from '../helper.js';

const h = await build(t);
const alice = await registerPasskey(h, ALICE.email);

t.test('auth status is unauthenticated until the ceremony succeeds, then carries tokens and the user', async (t) => {
  const { init, passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  const url = paths.authStatus({ client_id: DEFAULT_CLIENT, state: init.auth_code });
  t.same((await h.call({ url })).body, { authenticated: false });
  const finish = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  const res = await h.call({ url });
  t.equal(res.body.authenticated, true);
  t.equal(res.body.oauth.access_token, finish.body.token);
  t.match(res.body.oauth.refresh_token, /^rt_/);
  t.equal(res.body.oauth.expires_at, new Date(Math.floor(h.services.clock.nowMs() / 1000) * 1000 + 3600_000).toISOString());
  t.match(res.body.user, { user_id: ALICE.user_id, email: ALICE.email, last_login_at: h.services.clock.now().toISOString() });
});

t.test('a failed ceremony stays unauthenticated', async (t) => {
  const { init, passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: 'http://evil.test' });
  await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.same((await h.call({ url: paths.authStatus({ client_id: DEFAULT_CLIENT, state: init.auth_code }) })).body, { authenticated: false });
});

t.test("an unknown state, or another client's, is a 404", async (t) => {
  const unknown = await h.call({ url: paths.authStatus({ client_id: DEFAULT_CLIENT, state: '000000000000000000000000' }) });
  t.equal(unknown.status, 404);
  t.equal(unknown.body.error, 'resource_not_found');
  const { init } = await startLogin(h, ALICE.email, alice.authenticator);
  const other = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: {} });
  const foreign = await h.call({ url: paths.authStatus({ client_id: other.body.client_id, state: init.auth_code }) });
  t.equal(foreign.status, 404);
});

t.test('state must be a 24-hex id', async (t) => {
  const res = await h.call({ url: paths.authStatus({ client_id: DEFAULT_CLIENT, state: 'abc' }) });
  t.equal(res.status, 400);
  t.match(res.body.error_description, /query.state must match pattern/);
});

// F1: by identifier, the latest attempt of any method, never a token.
const byIdentifier = (identifier: string, clientId = DEFAULT_CLIENT) => h.call({ url: paths.authStatus({ client_id: clientId, identifier }) });

t.test('by identifier with no attempt: {authenticated: false, status: "none", method: null, expires_at: null}', async (t) => {
  const res = await byIdentifier('nobody-yet@example.com');
  t.equal(res.status, 200);
  t.same(res.body, { authenticated: false, status: 'none', method: null, expires_at: null });
});

t.test('by identifier, a passkey login is pending after initiate, then verified, and the answer never carries a token', async (t) => {
  const carol = await registerPasskey(h, 'carol@example.com');
  const { init, passkey, finishUrl } = await startLogin(h, 'carol@example.com', carol.authenticator);
  const expiresAt = new Date(h.services.clock.nowMs() + 300_000).toISOString();
  t.same((await byIdentifier('carol@example.com')).body, { authenticated: false, status: 'pending', method: 'passkey', expires_at: expiresAt });
  const finish = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(finish.status, 200);
  const res = await byIdentifier('Carol@Example.com');
  t.same(res.body, { authenticated: true, status: 'verified', method: 'passkey', expires_at: expiresAt }, 'any case of the identifier; exactly four keys');
  t.notOk(res.raw.body.includes(finish.body.token), 'no token anywhere in the answer');
  const byState = await h.call({ url: paths.authStatus({ client_id: DEFAULT_CLIENT, state: init.auth_code }) });
  t.equal(byState.body.oauth.access_token, finish.body.token, 'while by state the tokens are there, as before');
});

t.test('by identifier, a login whose challenge timed out unfinished is expired', async (t) => {
  const dave = await registerPasskey(h, 'dave@example.com');
  await startLogin(h, 'dave@example.com', dave.authenticator);
  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 300_000 } });
  t.match((await byIdentifier('dave@example.com')).body, { authenticated: false, status: 'expired', method: 'passkey' });
});

t.test("by identifier, another client's attempts are not seen", async (t) => {
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: {} })).body.client_id as string;
  await h.call({ url: paths.login({ client_id: other, identifier: 'erin@example.com' }) });
  t.equal((await byIdentifier('erin@example.com', other)).body.status, 'pending');
  t.equal((await byIdentifier('erin@example.com')).body.status, 'none');
});

t.test('both identifier and state, or neither, is a 400 naming the two, and changes nothing', async (t) => {
  const { init } = await startLogin(h, ALICE.email, alice.authenticator);
  const before = JSON.stringify(await h.state());
  const both = await h.call({ url: paths.authStatus({ client_id: DEFAULT_CLIENT, identifier: ALICE.email, state: init.auth_code }) });
  t.equal(both.status, 400);
  t.same(both.body, { error: 'invalid_query_parameters', error_code: 842, error_description: 'Invalid request: query.identifier and query.state were both sent; send exactly one of them' });
  const neither = await h.call({ url: paths.authStatus({ client_id: DEFAULT_CLIENT }) });
  t.equal(neither.status, 400);
  t.match(neither.body.error_description, /^Invalid request: query\.identifier or query\.state is required: send identifier .* or state/);
  t.equal(JSON.stringify(await h.state()), before);
});

t.test('an empty identifier is a 400 naming query.identifier', async (t) => {
  const res = await byIdentifier('');
  t.equal(res.status, 400);
  t.match(res.body.error_description, /query\.identifier must NOT have fewer than 1 characters/);
});
