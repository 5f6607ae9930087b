// Tests of operation resendSmsOtp (openapi.yaml: POST /api/v1/auth/passwordless/phone-otp/resend), through HTTP.
import t from 'tap';
import { build, DEFAULT_CLIENT, isError } from '../helper.js';
import { expectedOtp, lastMessage, pwlPaths } from '../passwordless-helper.js';

const h = await build(t);
t.afterEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset' }); });

t.test('a resend texts send 2\'s code for the same state, and an email state is refused', async (t) => {
  const state = (await h.call({ method: 'POST', url: pwlPaths.smsSend(), payload: { phone_id: '+14155550123' } })).body.state;
  const res = await h.call({ method: 'POST', url: pwlPaths.smsResend(), payload: { state } });
  t.same([res.status, res.body], [200, {}]);
  t.match(await lastMessage(h, state), { kind: 'sms_otp', send_no: 2, code: expectedOtp(42, DEFAULT_CLIENT, state, 2) });
  const email = (await h.call({ method: 'POST', url: pwlPaths.emailSend(), payload: { email: 'a@example.com' } })).body.state;
  isError(t, await h.call({ method: 'POST', url: pwlPaths.smsResend(), payload: { state: email } }), 400, 'invalid_state_id', /belongs to a email OTP attempt, not a SMS OTP one/);
});
