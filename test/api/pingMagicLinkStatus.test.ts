// Tests of operation pingMagicLinkStatus (openapi.yaml: GET /api/v1/auth/passwordless/magic-link/status), through HTTP.
import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, isError, registerPasskey, startLogin } from '../helper.js';
import { emailCode, pwlPaths } from '../passwordless-helper.js';

const h = await build(t);
t.afterEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset' }); });
const ping = (state: string, clientId = DEFAULT_CLIENT) => h.call({ url: pwlPaths.ping(state, clientId) });
const advance = (ms: number) => h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: ms } });

t.test('{authenticated: false} until verified, then the same tokens and user on every poll, without changing the state', async (t) => {
  const { state, code } = await emailCode(h, ALICE.email);
  t.same((await ping(state)).body, { authenticated: false });
  const signedIn = await h.call({ method: 'POST', url: pwlPaths.emailVerify(), payload: { state, otp: code } });
  const before = (await h.call({ url: '/__sandbox/state' })).raw.body;
  const first = await ping(state);
  t.same(first.body.oauth, { access_token: signedIn.body.access_token, refresh_token: signedIn.body.refresh_token, expires_at: signedIn.body.expires_at, token_type: 'Bearer' });
  t.match(first.body.user, { user_id: ALICE.user_id, identifier: ALICE.email, email: ALICE.email, issuer: /^http/ });
  t.same((await ping(state)).body, first.body, 'the same answer again');
  t.equal((await h.call({ url: '/__sandbox/state' })).raw.body, before, 'polling changes nothing');
});

t.test('a passkey auth_code is read too', async (t) => {
  const { authenticator } = await registerPasskey(h, ALICE.email);
  const { init, passkey, finishUrl } = await startLogin(h, ALICE.email, authenticator);
  t.same((await ping(init.auth_code)).body, { authenticated: false });
  const done = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  const res = await ping(init.auth_code);
  t.match(res.body, { authenticated: true, oauth: { access_token: done.body.token }, user: { user_id: ALICE.user_id } });
});

t.test('a state answers 400 state_expired 15 minutes after its send, kept or purged', async (t) => {
  const { state } = await emailCode(h, ALICE.email);
  await advance(899_999);
  t.equal((await ping(state)).status, 200);
  await advance(1);
  isError(t, await ping(state), 400, 'state_expired', /expired at 2026-01-01T00:15:00.000Z/);
  await advance(1000);
  await emailCode(h, 'purge@example.com');
  t.equal((await h.state()).passwordless_attempts.length, 1, 'the expired attempt was purged');
  isError(t, await ping(state), 400, 'state_expired', /no longer kept/);
});

t.test('an unknown state, or one of another client, is 400 invalid_state_id', async (t) => {
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'other' } })).body.client_id;
  const { state } = await emailCode(h, ALICE.email);
  isError(t, await ping(state, other), 400, 'invalid_state_id', new RegExp(`is not a state or auth_code of client ${other}`));
  isError(t, await ping('zzz'), 400, 'invalid_state_id', /state zzz is not a state or auth_code/);
});
