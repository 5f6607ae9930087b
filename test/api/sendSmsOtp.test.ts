// Tests of operation sendSmsOtp (openapi.yaml: POST /api/v1/auth/passwordless/phone-otp/send), through HTTP.
import t from 'tap';
import { build, DEFAULT_CLIENT, isError } from '../helper.js';
import { expectedOtp, lastMessage, pwlPaths } from '../passwordless-helper.js';

const h = await build(t);
const rawState = async () => (await h.call({ url: '/__sandbox/state' })).raw.body;
const send = (payload: object) => h.call({ method: 'POST', url: pwlPaths.smsSend(), payload });
t.afterEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset' }); });

t.test('a send answers the state as state_id and state, and texts the section 3 code', async (t) => {
  const res = await send({ phone_id: '+14155550123' });
  t.equal(res.status, 200);
  t.match(res.body.state, /^[0-9a-f]{24}$/);
  t.equal(res.body.state_id, res.body.state);
  const message = await lastMessage(h, res.body.state);
  t.match(message, { channel: 'sms', kind: 'sms_otp', to: '+14155550123', send_no: 1, code: expectedOtp(42, DEFAULT_CLIENT, res.body.state, 1) });
  t.notOk(message.subject, 'an SMS has no subject');
  t.match(message.text, message.code);
});

t.test('phone is an alias of phone_id; both agreeing is fine, both differing is 400', async (t) => {
  t.equal((await send({ phone: '+14155550123' })).status, 200);
  t.equal((await send({ phone: '+14155550123', phone_id: '+14155550123' })).status, 200);
  const before = await rawState();
  isError(t, await send({ phone: '+14155550123', phone_id: '+14155550124' }), 400, 'invalid_request_body', /body\.phone_id \(\+14155550124\) and body\.phone \(\+14155550123\) differ/);
  isError(t, await send({}), 400, 'invalid_request_body', /body\.phone_id is required \(or its alias body\.phone\)/);
  t.equal(await rawState(), before);
});

t.test('a number that is not E.164 is 400 invalid_phone naming the field, and nothing is sent', async (t) => {
  const before = await rawState();
  isError(t, await send({ phone_id: '4155550123' }), 400, 'invalid_phone', /^body\.phone_id "4155550123" does not start with "\+".*E\.164/);
  isError(t, await send({ phone: '+0123' }), 400, 'invalid_phone', /^body\.phone "\+0123" is not an E\.164 number/);
  isError(t, await send({ phone: '' }), 400, 'invalid_phone', /^body\.phone is empty/);
  t.equal(await rawState(), before);
  t.same((await h.call({ url: '/__sandbox/outbox' })).body, []);
});
