// Tests of operation verifyEmailOtp (openapi.yaml: POST /api/v1/auth/passwordless/email-otp/verify), through HTTP.
import { managementId } from '../../src/services/management/management-ids.js';
import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, durableState, isError, paths, PINNED } from '../helper.js';
import { emailCode, pwlPaths } from '../passwordless-helper.js';

const h = await build(t);
const verify = (payload: object, clientId = DEFAULT_CLIENT, remoteAddress?: string) => h.call({ method: 'POST', url: pwlPaths.emailVerify(clientId), payload, remoteAddress });
const advance = (ms: number) => h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: ms } });
const wrongFor = (code: string) => (code === '000000' ? '111111' : '000000');
/** Users, credentials and login logs: what a refused verify must leave as they were. */
const people = async () => { const s = await h.state(); return { users: s.users, credentials: s.credentials, login_logs: s.login_logs }; };
t.afterEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset' }); });

t.test('the right code signs a new person in: a user created once, as email_otp, with tokens that work as a Bearer', async (t) => {
  const usersBefore = (await h.state()).users.length;
  const { state, code } = await emailCode(h, 'new.person@example.com');
  const res = await verify({ state, otp: code });
  t.equal(res.status, 200);
  t.match(res.body, { authenticated: true, token_type: 'Bearer', expires_at: '2026-01-01T01:00:00.000Z' });
  t.match(res.body.profile, { account_id: managementId(DEFAULT_CLIENT, 'account'), connection_type: 'email_otp', email: 'new.person@example.com', created_at: PINNED, modified_at: PINNED, is_active: true, LastLoginAt: PINNED });
  const s = await h.state();
  t.equal(s.users.length, usersBefore + 1, 'one user was created');
  t.match(s.users.at(-1), { user_id: res.body.profile.id, identifier: 'new.person@example.com', email_verified: true, connection_type: 'email_otp', last_login_at: PINNED });
  t.match(s.login_logs.at(-1), { user_id: res.body.profile.id, method: 'email_otp' });
  t.match(s.passwordless_attempts[0], { state, status: 'verified', user_id: res.body.profile.id });
  const list = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${res.body.access_token}` } });
  t.equal(list.status, 200, 'the access token is accepted as a Bearer (its RS256 signature verified by the sandbox)');
  t.same(list.body, []);
  t.match(s.refresh_tokens.at(-1), { token: res.body.refresh_token, user_id: res.body.profile.id }, 'the refresh token is stored for Refresh Token');
  // A second sign-in of the same person finds the same record.
  const again = await emailCode(h, 'NEW.person@example.com');
  t.equal((await verify({ state: again.state, otp: again.code })).body.profile.id, res.body.profile.id, 'the same user, matched case-insensitively');
  t.equal((await h.state()).users.length, usersBefore + 1, 'still one record per person');
});

t.test('an existing user signs in as themselves and keeps their connection_type', async (t) => {
  const { state, code } = await emailCode(h, ALICE.email);
  const res = await verify({ state, otp: code });
  t.equal(res.body.profile.id, ALICE.user_id);
  t.not(res.body.profile.connection_type, 'email_otp');
});

t.test('a wrong code is 400 invalid_otp counting on the state; users, passkeys and logs are unchanged', async (t) => {
  const { state, code } = await emailCode(h, ALICE.email);
  const before = await people();
  const res = await verify({ state, otp: wrongFor(code) });
  isError(t, res, 400, 'invalid_otp', /is not the code of send 1 of state [0-9a-f]{24} \(sent to alice@example.com\); wrong code 1 of 5 \(4 more allowed for this state\)/);
  t.same(await people(), before);
  t.equal((await h.state()).passwordless_attempts[0].failures, 1);
  const journal = (await h.call({ url: '/__sandbox/requests' })).body;
  t.match(journal.at(-1), { operation: 'verifyEmailOtp', status: 400, error: 'invalid_otp', explanation: /^code check failed: / });
});

t.test('a malformed code is 400 invalid_request_body and does not count as a wrong one', async (t) => {
  const { state } = await emailCode(h, ALICE.email);
  const before = JSON.stringify(durableState(await h.state()));
  isError(t, await verify({ state, otp: 'abc' }), 400, 'invalid_request_body', /body\.otp must match pattern/);
  isError(t, await verify({ state }), 400, 'invalid_request_body', /otp/);
  t.equal(JSON.stringify(durableState(await h.state())), before);
});

t.test('five wrong codes burn the state: every verify after, the right code included, is 429 otp_attempts_exceeded', async (t) => {
  const { state, code } = await emailCode(h, ALICE.email);
  for (let i = 1; i <= 5; i++) isError(t, await verify({ state, otp: wrongFor(code) }), 400, 'invalid_otp', new RegExp(`wrong code ${i} of 5`));
  const before = await people();
  isError(t, await verify({ state, otp: code }), 429, 'otp_attempts_exceeded', /is burnt: 5 wrong codes.*start again with Email a Magic Auth Code \(POST \/api\/v1\/auth\/passwordless\/magic-otp\/send\)/);
  isError(t, await h.call({ method: 'POST', url: pwlPaths.emailResend(), payload: { state } }), 429, 'otp_attempts_exceeded', /is burnt/);
  t.same(await people(), before);
});

t.test('a state signs in once: a second verify with the right code is 400 invalid_state_id', async (t) => {
  const { state, code } = await emailCode(h, ALICE.email);
  t.equal((await verify({ state, otp: code })).status, 200);
  const before = await people();
  isError(t, await verify({ state, otp: code }), 400, 'invalid_state_id', /was already verified \(each state signs in once\)/);
  t.same(await people(), before);
});

t.test('a code expires 5 minutes after its send on the pinned clock; the state 15 minutes after', async (t) => {
  const { state, code } = await emailCode(h, ALICE.email);
  await advance(299_999);
  const second = await emailCode(h, 'b@example.com');
  t.equal((await verify({ state: second.state, otp: second.code })).status, 200, 'a fresh code works');
  await advance(1);
  isError(t, await verify({ state, otp: code }), 400, 'state_expired', /has a code that expired at 2026-01-01T00:05:00.000Z .*ask for a new one with Resend Magic Auth Code/);
  await advance(600_000);
  isError(t, await verify({ state, otp: code }), 400, 'state_expired', /expired at 2026-01-01T00:15:00.000Z .*STATE_TTL_MS=900000/);
});

t.test('a purged state still answers state_expired to its client and invalid_state_id to another', async (t) => {
  const { state, code } = await emailCode(h, ALICE.email);
  await advance(900_001);
  await emailCode(h, 'trigger@example.com');
  t.notOk((await h.state()).passwordless_attempts.some((a: { state: string }) => a.state === state), 'the expired attempt was purged');
  isError(t, await verify({ state, otp: code }), 400, 'state_expired', /expired \(it is no longer kept\)/);
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'other' } })).body.client_id;
  isError(t, await verify({ state, otp: code }, other), 400, 'invalid_state_id', /is not a state of client/);
});

t.test('states are isolated between clients, and of another kind are refused', async (t) => {
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'other' } })).body.client_id;
  const { state, code } = await emailCode(h, ALICE.email);
  const before = await people();
  isError(t, await verify({ state, otp: code }, other), 400, 'invalid_state_id', new RegExp(`is not a state of client ${other}`));
  isError(t, await verify({ state: 'ffffffffffffffffffffffff', otp: code }), 400, 'invalid_state_id', /is not a state of client cli_sandbox0000000000001; send the state returned by Email a Magic Auth Code/);
  const link = (await h.call({ method: 'POST', url: pwlPaths.magicLinkSend(), payload: { email: ALICE.email } })).body.state;
  isError(t, await verify({ state: link, otp: code }), 400, 'invalid_state_id', /belongs to a magic link attempt, not a email OTP one; use Verify Magic Link/);
  t.same(await people(), before);
  t.equal((await verify({ state, otp: code })).status, 200, 'the state still works at its own client');
});

t.test('wrong codes count towards the per-identifier brute-force limit across states', async (t) => {
  const limited = await build(t, { rateLimitIdentifier: 3 });
  const send = async () => {
    const sent = await limited.call({ method: 'POST', url: pwlPaths.emailSend(), payload: { email: ALICE.email } });
    const code = (await limited.call({ url: `/__sandbox/outbox?state=${sent.body.state}` })).body[0].code as string;
    return { state: sent.body.state as string, code };
  };
  for (let i = 0; i < 3; i++) {
    const { state, code } = await send();
    isError(t, await limited.call({ method: 'POST', url: pwlPaths.emailVerify(), payload: { state, otp: wrongFor(code) } }), 400, 'invalid_otp', /wrong code 1 of 5/);
  }
  const locked = await limited.call({ method: 'POST', url: pwlPaths.emailSend(), payload: { email: ALICE.email } });
  isError(t, locked, 429, 'too_many_attempts', /failed sign-ins for identifier alice@example.com \(3 of 3/);
  t.ok(locked.headers['retry-after']);
});
