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
