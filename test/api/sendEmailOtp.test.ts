// Tests of operation sendEmailOtp (openapi.yaml: POST /api/v1/auth/passwordless/magic-otp/send), through HTTP.
import t from 'tap';
import { build, DEFAULT_CLIENT, isError, PINNED } from '../helper.js';
import { expectedOtp, lastMessage, pwlPaths } from '../passwordless-helper.js';

const h = await build(t);
const rawState = async () => (await h.call({ url: '/__sandbox/state' })).raw.body;
const send = (payload: unknown, clientId = DEFAULT_CLIENT) => h.call({ method: 'POST', url: pwlPaths.emailSend(clientId), payload: payload as object });
t.afterEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset' }); });

t.test('a send answers a 24-hex state and emails the code of CONTRACT-API section 3 for send 1', async (t) => {
  const res = await send({ email: 'new.person@example.com' });
  t.equal(res.status, 200);
  t.same(Object.keys(res.body), ['state']);
  t.match(res.body.state, /^[0-9a-f]{24}$/);
  const message = await lastMessage(h, res.body.state);
  t.match(message, {
    client_id: DEFAULT_CLIENT, channel: 'email', kind: 'email_otp', to: 'new.person@example.com', send_no: 1,
    code: expectedOtp(42, DEFAULT_CLIENT, res.body.state, 1), expires_at: '2026-01-01T00:05:00.000Z', time: PINNED,
  });
  t.match(message.subject, message.code, 'the subject carries the code');
  t.match(message.text, message.code, 'the text carries the code');
  const attempt = (await h.state()).passwordless_attempts[0];
  t.match(attempt, { state: res.body.state, kind: 'email_otp', code: message.code, send_no: 1, status: 'pending', failures: 0, expires_at: '2026-01-01T00:15:00.000Z' });
});

t.test('a bad address is 400 invalid_email naming the field and the fix, and nothing is stored or sent', async (t) => {
  const before = await rawState();
  for (const email of ['alice.example.com', '', 'a b@example.com', 'alice@localhost']) {
    isError(t, await send({ email }), 400, 'invalid_email', new RegExp(`^body\\.email "${email.replace('.', '\\.')}" is not an email address; send one such as user@example.com$`));
  }
  isError(t, await send({}), 400, 'invalid_request_body', /body.*email/);
  t.equal(await rawState(), before, 'the state is unchanged');
  t.same((await h.call({ url: '/__sandbox/outbox' })).body, [], 'the outbox is empty');
});

t.test('email-otp/send is a 404 that names SSOJet\'s path magic-otp/send', async (t) => {
  const res = await h.call({ method: 'POST', url: `/api/v1/auth/passwordless/email-otp/send?client_id=${DEFAULT_CLIENT}`, payload: { email: 'a@example.com' } });
  isError(t, res, 404, 'resource_not_found', /No operation at POST \/api\/v1\/auth\/passwordless\/email-otp\/send; SSOJet serves Email a Magic Auth Code at POST \/api\/v1\/auth\/passwordless\/magic-otp\/send/);
});

t.test('policy.otp_length sets the digits and policy.fixed_otp pins every code of the client', async (t) => {
  const long = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'long', policy: { otp_length: 8 } } })).body.client_id;
  const fixed = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'fixed', policy: { fixed_otp: '123456' } } })).body.client_id;
  const a = (await send({ email: 'a@example.com' }, long)).body.state;
  t.equal((await lastMessage(h, a)).code, expectedOtp(42, long, a, 1, 8));
  const b = (await send({ email: 'a@example.com' }, fixed)).body.state;
  t.equal((await lastMessage(h, b)).code, '123456');
  isError(t, await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { policy: { otp_length: 3 } } }), 400, 'invalid_request_body', /otp_length/);
});

t.test('a drop_delivery fault answers 200 and loses the email; the code is still in the attempt', async (t) => {
  await h.call({ method: 'POST', url: '/__sandbox/faults', payload: { operation: 'sendEmailOtp', drop_delivery: true } });
  const res = await send({ email: 'lost@example.com' });
  t.equal(res.status, 200);
  t.same((await h.call({ url: '/__sandbox/outbox' })).body, []);
  t.equal((await h.state()).passwordless_attempts[0].code, expectedOtp(42, DEFAULT_CLIENT, res.body.state, 1));
});

t.test('an unknown client is 401 invalid_client and nothing is sent', async (t) => {
  isError(t, await send({ email: 'a@example.com' }, 'cli_nobody'), 401, 'invalid_client', /no client cli_nobody/);
  t.same((await h.call({ url: '/__sandbox/outbox' })).body, []);
});
