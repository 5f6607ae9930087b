// A user's life through the management API and the sign-in endpoints (issue #16, "Must show"):
// created by Create a User, signed in with an emailed code (the same record, not a second user),
// a passkey registered with that sign-in's Bearer and used, both sign-ins in the login logs; then
// Delete User, after which the passkey no longer signs in and the refresh tokens and the access
// token are refused. Through HTTP only, every answer checked against openapi.yaml.
import t from 'tap';
import { build, DEFAULT_CLIENT, isError, paths, startLogin } from '../helper.js';
import { management } from '../api/management/management-helper.js';
import { addPasskey, emailSignIn } from '../passwordless-helper.js';

const h = await build(t);
const m = management(h);
const EMAIL = 'dora@example.com';
const advance = (ms: number) => h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: ms } });
const refresh = (token: string) => h.call({ url: `/api/v1/accesstoken/refresh?${new URLSearchParams({ client_id: DEFAULT_CLIENT, refresh_token: token })}` });

t.test('a user created by the management API signs in with an emailed code, registers a passkey, signs in with it; Delete User ends all of it', async (t) => {
  const created = await m.post('/api/v1/users', { first_name: 'Dora', last_name: 'Diaz', email: EMAIL });
  t.equal(created.status, 200);
  const userId: string = created.body._id;

  await advance(1000);
  const first = await emailSignIn(h, EMAIL);
  t.equal(first.verified.status, 200, JSON.stringify(first.verified.body));
  t.equal(first.verified.body.profile.id, userId, 'the emailed code signs in the user Create a User made, not a new one');
  t.match(first.verified.body.profile, { first_name: 'Dora', last_name: 'Diaz', connection_type: 'ManualUser' }, 'with the record\'s own fields');
  t.equal((await m.get('/api/v1/users')).body.filter((u: { email: string }) => u.email === EMAIL).length, 1, 'one user with that email');
  t.equal((await m.get(`/api/v1/users/${userId}`)).body.LastLoginAt, '2026-01-01T00:00:01.000Z', 'the same user signed in');
  const auth = { authorization: `Bearer ${first.verified.body.access_token}` };

  const { authenticator, done } = await addPasskey(h, first.verified.body.access_token);
  t.equal(done.status, 200, 'a passkey registered with the emailed code\'s token');

  await advance(1000);
  const login = await startLogin(h, EMAIL, authenticator);
  const second = await h.call({ method: 'POST', url: login.finishUrl, payload: { passkey: login.passkey } });
  t.equal(second.status, 200, 'the passkey signs in');
  const status = await h.call({ url: paths.authStatus({ client_id: DEFAULT_CLIENT, state: login.init.auth_code }) });
  const secondRefresh: string = status.body.oauth.refresh_token;
  t.match(secondRefresh, /^rt_/, "the passkey sign-in's refresh token, from GET Auth Status");

  const logs = (await m.get(`/api/v1/users/${userId}/loginlogs`)).body.login_logs as Array<{ CreatedAt: string }>;
  t.same(logs.map((l) => l.CreatedAt), ['2026-01-01T00:00:02.000Z', '2026-01-01T00:00:01.000Z'], 'both sign-ins, newest first');
  const records = (await h.state()).login_logs as Array<{ user_id: string; method: string; created_at: string }>;
  const methods = records.filter((l) => l.user_id === userId).sort((a, b) => a.created_at.localeCompare(b.created_at)).map((l) => l.method);
  t.same(methods, ['email_otp', 'passkey'], 'the records behind them: the emailed code, then the passkey');

  const org = (await m.post('/api/v1/organization', { Name: 'Dora Inc', WhiteListDomains: ['other.test'] })).body;
  await h.call({ method: 'POST', url: '/__sandbox/memberships', payload: { client_id: DEFAULT_CLIENT, user_id: userId, organization_id: org.id } });

  t.same((await m.del(`/api/v1/users/${userId}`)).body, { is_deleted: true });

  const again = await startLogin(h, EMAIL, authenticator);
  isError(t, await h.call({ method: 'POST', url: again.finishUrl, payload: { passkey: again.passkey } }), 401, 'passkey_authentication_failed', /credential/i);
  for (const token of [first.verified.body.refresh_token as string, secondRefresh]) {
    isError(t, await refresh(token), 401, 'invalid_refresh_token', /refresh_token/);
  }
  isError(t, await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: auth }), 401, 'invalid_token', /no longer exists/);

  const state = await h.state();
  for (const name of ['users', 'credentials', 'refresh_tokens', 'login_logs', 'memberships', 'passwordless_attempts']) {
    t.notOk(state[name].some((r: { user_id?: string }) => r.user_id === userId), `no ${name} of the deleted user remain`);
  }
  t.equal(state.organizations.length, 1, 'the organization stays');
});
