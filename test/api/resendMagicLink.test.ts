// Tests of operation resendMagicLink (openapi.yaml: POST /api/v1/auth/passwordless/magic-link/resend), through HTTP.
import t from 'tap';
import { build, DEFAULT_CLIENT, isError } from '../helper.js';
import { expectedMagicText, lastMessage, pwlPaths } from '../passwordless-helper.js';

const h = await build(t);
t.afterEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset' }); });
const send = async () => (await h.call({ method: 'POST', url: pwlPaths.magicLinkSend(), payload: { email: 'a@example.com' } })).body.state as string;
const resend = (state: string) => h.call({ method: 'POST', url: pwlPaths.magicLinkResend(), payload: { state } });

t.test('a resend answers {} and emails a new link; the first link then shows the error page', async (t) => {
  const state = await send();
  const first = await lastMessage(h, state);
  const res = await resend(state);
  t.same([res.status, res.body], [200, {}]);
  const second = await lastMessage(h, state);
  t.match(second, { send_no: 2, magictext: expectedMagicText(42, DEFAULT_CLIENT, state, 2) });
  t.not(second.magictext, first.magictext);
  const old = await h.call({ url: new URL(first.link).pathname + new URL(first.link).search });
  t.equal(old.status, 400);
  t.match(old.body, /a resend replaced the link of each earlier send; this is send 2/);
  t.equal((await h.call({ url: new URL(second.link).pathname + new URL(second.link).search })).status, 200);
});

t.test('an unknown, expired or email OTP state is 400', async (t) => {
  isError(t, await resend('0123456789abcdef01234567'), 400, 'invalid_state_id', /is not a state of client.*Email a Magic Link/);
  const otp = (await h.call({ method: 'POST', url: pwlPaths.emailSend(), payload: { email: 'a@example.com' } })).body.state;
  isError(t, await resend(otp), 400, 'invalid_state_id', /belongs to a email OTP attempt, not a magic link one/);
  const state = await send();
  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 900_000 } });
  isError(t, await resend(state), 400, 'state_expired', /expired at 2026-01-01T00:15:00.000Z/);
});
