// Tests of operation verifySmsOtp (openapi.yaml: POST /api/v1/auth/passwordless/phone-otp/verify), through HTTP.
import t from 'tap';
import { build, isError, PINNED } from '../helper.js';
import { lastMessage, pwlPaths } from '../passwordless-helper.js';

const h = await build(t);
t.afterEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset' }); });
const text = async (phone: string) => {
  const state = (await h.call({ method: 'POST', url: pwlPaths.smsSend(), payload: { phone_id: phone } })).body.state as string;
  return { state, code: (await lastMessage(h, state)).code as string };
};
const verify = (payload: object) => h.call({ method: 'POST', url: pwlPaths.smsVerify(), payload });

t.test('the right code answers the union shape and creates a phone user: identifier and phone_id the number, no email', async (t) => {
  const { state, code } = await text('+14155550123');
  const res = await verify({ state, otp: code });
  t.equal(res.status, 200);
  t.match(res.body, { status: 'success', message: /\+14155550123 verified/, authenticated: true, token_type: 'Bearer' });
  t.match(res.body.profile, { connection_type: 'sms_otp', email: '', LastLoginAt: PINNED });
  const user = (await h.state()).users.find((u: { user_id: string }) => u.user_id === res.body.profile.id);
  t.match(user, { identifier: '+14155550123', phone_id: '+14155550123', email: '', email_verified: false, connection_type: 'sms_otp' });
  const again = await text('+14155550123');
  t.equal((await verify({ state: again.state, otp: again.code })).body.profile.id, user.user_id, 'the same person signs in again as the same user');
});

t.test('a wrong code is 400 invalid_otp, the 6th verify after five is 429, and nobody is created', async (t) => {
  const { state, code } = await text('+14155550123');
  const users = (await h.state()).users;
  const wrong = code === '000000' ? '111111' : '000000';
  for (let i = 1; i <= 5; i++) isError(t, await verify({ state, otp: wrong }), 400, 'invalid_otp', new RegExp(`sent to \\+14155550123\\); wrong code ${i} of 5`));
  isError(t, await verify({ state, otp: code }), 429, 'otp_attempts_exceeded', /Send Magic Auth Code via SMS/);
  t.same((await h.state()).users, users);
});
