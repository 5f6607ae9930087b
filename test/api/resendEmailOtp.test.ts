// Tests of operation resendEmailOtp (openapi.yaml: POST /api/v1/auth/passwordless/email-otp/resend), through HTTP.
import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, isError } from '../helper.js';
import { emailCode, expectedOtp, lastMessage, pwlPaths } from '../passwordless-helper.js';

const h = await build(t);
const resend = (state: string, clientId = DEFAULT_CLIENT) => h.call({ method: 'POST', url: pwlPaths.emailResend(clientId), payload: { state } });
const verify = (state: string, otp: string) => h.call({ method: 'POST', url: pwlPaths.emailVerify(), payload: { state, otp } });
const advance = (ms: number) => h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: ms } });
t.afterEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset' }); });

t.test('a resend answers {} and emails send 2\'s code; the code of send 1 no longer works', async (t) => {
  const { state, code } = await emailCode(h, ALICE.email);
  const res = await resend(state);
  t.equal(res.status, 200);
  t.same(res.body, {});
  const message = await lastMessage(h, state);
  t.match(message, { kind: 'email_otp', to: ALICE.email, send_no: 2, code: expectedOtp(42, DEFAULT_CLIENT, state, 2) });
  if (message.code !== code) isError(t, await verify(state, code), 400, 'invalid_otp', /not the code of send 2/);
  t.equal((await verify(state, message.code)).status, 200);
});

t.test('a resend restarts the 5 minutes of the code but not the 15 of the state', async (t) => {
  const { state } = await emailCode(h, ALICE.email);
  await advance(240_000);
  await resend(state);
  await advance(240_000);
  t.match(await lastMessage(h, state), { expires_at: '2026-01-01T00:09:00.000Z' });
  t.equal((await verify(state, (await lastMessage(h, state)).code)).status, 200, 'at 8 minutes the resent code works');
  const late = await emailCode(h, 'late@example.com');
  await advance(14 * 60_000);
  await resend(late.state);
  t.match(await lastMessage(h, late.state), { expires_at: '2026-01-01T00:23:00.000Z' }, 'a late resend ends with the state');
  await advance(60_000);
  isError(t, await resend(late.state), 400, 'state_expired', /STATE_TTL_MS/);
});

t.test('an unknown, foreign or verified state is 400 and nothing is sent', async (t) => {
  const { state, code } = await emailCode(h, ALICE.email);
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'other' } })).body.client_id;
  const count = async () => (await h.call({ url: '/__sandbox/outbox' })).body.length;
  const sent = await count();
  isError(t, await resend('0123456789abcdef01234567'), 400, 'invalid_state_id', /is not a state of client/);
  isError(t, await resend(state, other), 400, 'invalid_state_id', /is not a state of client/);
  isError(t, await resend('not a state'), 400, 'invalid_state_id', /state not a state is not a state/);
  await verify(state, code);
  isError(t, await resend(state), 400, 'invalid_state_id', /was already verified/);
  t.equal(await count(), sent);
});
