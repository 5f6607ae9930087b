// A user's life through the management API and the sign-in endpoints (issue #16, "Must show"):
// created by Create a User, signed in, a passkey registered and used, both sign-ins in the login
// logs; then Delete User, after which the passkey no longer signs in and the refresh tokens and
// the access token are refused.
import t from 'tap';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { build, DEFAULT_CLIENT, isError, ORIGIN, paths, startLogin } from '../helper.js';
import { management } from '../api/management/management-helper.js';

const h = await build(t);
const m = management(h);
const EMAIL = 'dora@example.com';
const advance = (ms: number) => h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: ms } });
const refresh = (token: string) => h.call({ url: `/api/v1/accesstoken/refresh?${new URLSearchParams({ client_id: DEFAULT_CLIENT, refresh_token: token })}` });

/**
 * The first sign-in, by a method of SSOJet's API that records it: an SSO code (what an SSO
 * sign-in ends with) exchanged by Access Token By Auth Code.
 */
async function firstSignIn() {
  const minted = await h.call({ method: 'POST', url: '/__sandbox/sso/codes', payload: { client_id: DEFAULT_CLIENT, identifier: EMAIL } });
  const tokens = await h.call({ url: `/api/v1/sso/oauth/accesstoken?client_id=${DEFAULT_CLIENT}&code=${minted.body.code}` });
  if (tokens.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(tokens.body)}`);
  return { access: tokens.body.access_token as string, refresh: tokens.body.refresh_token as string };
}

t.test('a user created by the management API signs in, registers a passkey, signs in with it; Delete User ends all of it', async (t) => {
  const created = await m.post('/api/v1/users', { first_name: 'Dora', last_name: 'Diaz', email: EMAIL });
  t.equal(created.status, 200);
  const userId: string = created.body._id;

  await advance(1000);
  const first = await firstSignIn();
  const auth = { authorization: `Bearer ${first.access}` };
  t.equal((await m.get(`/api/v1/users/${userId}`)).body.LastLoginAt, '2026-01-01T00:00:01.000Z', 'the same user signed in');

  const authenticator = new VirtualAuthenticator({ alg: -7 });
  const init = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: auth });
  const passkey = authenticator.createCredential(init.body.publicKey, { origin: ORIGIN });
  const registered = await h.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: init.body.auth_code }), headers: auth, payload: { passkey } });
  t.equal(registered.status, 200, 'a passkey registered with the first sign-in\'s token');

  await advance(1000);
  const login = await startLogin(h, EMAIL, authenticator);
  const second = await h.call({ method: 'POST', url: login.finishUrl, payload: { passkey: login.passkey } });
  t.equal(second.status, 200, 'the passkey signs in');
  const status = await h.call({ url: paths.authStatus({ client_id: DEFAULT_CLIENT, state: login.init.auth_code }) });
  const secondRefresh: string = status.body.oauth.refresh_token;
  t.match(secondRefresh, /^rt_/, "the passkey sign-in's refresh token, from GET Auth Status");

  const logs = (await m.get(`/api/v1/users/${userId}/loginlogs`)).body.login_logs as Array<{ CreatedAt: string }>;
  t.same(logs.map((l) => l.CreatedAt), ['2026-01-01T00:00:02.000Z', '2026-01-01T00:00:01.000Z'], 'both sign-ins, newest first');

  const org = (await m.post('/api/v1/organization', { Name: 'Dora Inc', WhiteListDomains: ['other.test'] })).body;
  await h.call({ method: 'POST', url: '/__sandbox/memberships', payload: { client_id: DEFAULT_CLIENT, user_id: userId, organization_id: org.id } });

  t.same((await m.del(`/api/v1/users/${userId}`)).body, { is_deleted: true });

  const again = await startLogin(h, EMAIL, authenticator);
  isError(t, await h.call({ method: 'POST', url: again.finishUrl, payload: { passkey: again.passkey } }), 401, 'passkey_authentication_failed', /credential/i);
  for (const token of [first.refresh, secondRefresh]) {
    isError(t, await refresh(token), 401, 'invalid_refresh_token', /refresh_token/);
  }
  isError(t, await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: auth }), 401, 'invalid_token', /no longer exists/);

  const state = await h.state();
  for (const name of ['users', 'credentials', 'refresh_tokens', 'login_logs', 'memberships', 'sso_codes']) {
    t.notOk(state[name].some((r: { user_id?: string }) => r.user_id === userId), `no ${name} of the deleted user remain`);
  }
  t.equal(state.organizations.length, 1, 'the organization stays');
});
