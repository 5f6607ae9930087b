import t from 'tap';
import { build, DEFAULT_CLIENT, PINNED, registerPasskey, startLogin } from '../helper.js';

const h = await build(t);

t.test('a passkey sign-in writes one login log (method, IP, user agent, instant) and moves last_login_at', async (t) => {
  const email = 'logged@example.com';
  const { authenticator } = await registerPasskey(h, email);
  const before = (await h.state()).login_logs.length;
  const { passkey, finishUrl } = await startLogin(h, email, authenticator);
  const res = await h.call({ method: 'POST', url: finishUrl, payload: { passkey }, headers: { 'user-agent': 'LoginLogTest/1.0' } });
  t.equal(res.status, 200);
  const state = await h.state();
  t.equal(state.login_logs.length, before + 1);
  t.match(state.login_logs.at(-1), { client_id: DEFAULT_CLIENT, user_id: res.body.user_id, method: 'passkey', ip: '127.0.0.1', user_agent: 'LoginLogTest/1.0', created_at: PINNED });
  t.match(state.login_logs.at(-1).id, /^[0-9a-f]{24}$/);
  t.equal(state.users.find((u: { user_id: string }) => u.user_id === res.body.user_id).last_login_at, PINNED);
});

t.test('a refused passkey sign-in writes no login log', async (t) => {
  const email = 'refused@example.com';
  const { authenticator } = await registerPasskey(h, email);
  const before = (await h.state()).login_logs.length;
  const { passkey, finishUrl } = await startLogin(h, email, authenticator);
  const signature = Buffer.from(passkey.response.signature, 'base64url');
  signature[signature.length - 1] ^= 0x01;
  passkey.response.signature = signature.toString('base64url');
  const res = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(res.status, 401);
  t.equal((await h.state()).login_logs.length, before);
});

t.test('login logs survive export and restore unchanged', async (t) => {
  const exported = await h.state();
  t.ok(exported.login_logs.length > 0);
  const put = await h.call({ method: 'PUT', url: '/__sandbox/state', payload: exported });
  t.equal(put.status, 200);
  t.equal(JSON.stringify(await h.state()), JSON.stringify(exported));
});

t.test('a state document without login_logs (an older sandbox) restores with none', async (t) => {
  const { login_logs: _dropped, ...older } = await h.state();
  const put = await h.call({ method: 'PUT', url: '/__sandbox/state', payload: older });
  t.equal(put.status, 200);
  t.same((await h.state()).login_logs, []);
});

t.test('a login log naming an unknown client is refused and changes nothing', async (t) => {
  const state = await h.state();
  const bad = { ...state, login_logs: [{ id: '0123456789abcdef01234567', client_id: 'cli_nobody', user_id: '0123456789abcdef01234567', method: 'passkey', ip: '', user_agent: '', created_at: PINNED }] };
  const put = await h.call({ method: 'PUT', url: '/__sandbox/state', payload: bad });
  t.equal(put.status, 400);
  t.match(put.body.error_description, /login_logs: record 0123456789abcdef01234567 names unknown client cli_nobody/);
  t.equal(JSON.stringify(await h.state()), JSON.stringify(state));
});
