// Tests of operation initiateMfa (openapi.yaml), through HTTP.
import t from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, enrolTotp, isError, mfaBearer, mfaPaths, PINNED } from '../helper.js';

const h = await build(t);
const DEFAULT_CLIENT_NAME = 'Sandbox app';
const rawState = async () => (await h.call({ url: '/__sandbox/state' })).raw.body;
const initiate = (auth: object, payload: object) => h.call({ method: 'POST', url: mfaPaths.initiate(), headers: auth as Record<string, string>, payload });
const validate = (auth: object, payload: object) => h.call({ method: 'POST', url: mfaPaths.validate(), headers: auth as Record<string, string>, payload });
t.afterEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset' }); });

t.test('otp answers challenge_type otp for a user with active TOTP', async (t) => {
  const { auth } = await enrolTotp(h, ALICE.email);
  const res = await initiate(auth, { authenticator_type: 'otp' });
  t.same(res.body, { challenge_type: 'otp' });
});

t.test('oob by email opens a challenge whose code validates once with its oob_code', async (t) => {
  const { auth } = await enrolTotp(h, ALICE.email);
  const res = await initiate(auth, { authenticator_type: 'oob', oob_channels: 'email' });
  t.equal(res.status, 200);
  t.match(res.body, { challenge_type: 'oob', binding_method: 'prompt' });
  t.match(res.body.oob_code, /^[0-9a-f]{52}$/);
  const challenge = (await h.call({ url: '/__sandbox/state' })).body.mfa_challenges[0];
  t.match(challenge, { oob_code: res.body.oob_code, channel: 'email', to: ALICE.email, used: false, expires_at: '2026-01-01T00:05:00.000Z' });
  isError(t, await validate(auth, { oob_code: res.body.oob_code, otp: challenge.code === '000000' ? '111111' : '000000' }), 400, 'invalid_otp', /not the code sent to alice@example.com/);
  t.equal((await validate(auth, { oob_code: res.body.oob_code, otp: challenge.code })).status, 200);
  isError(t, await validate(auth, { oob_code: res.body.oob_code, otp: challenge.code }), 400, 'invalid_oob_code', /was already used/);
});

t.test('an oob code expires after 5 minutes on the sandbox clock', async (t) => {
  const { auth } = await enrolTotp(h, ALICE.email);
  const { oob_code } = (await initiate(auth, { authenticator_type: 'oob', oob_channels: 'email' })).body;
  const code = (await h.call({ url: '/__sandbox/state' })).body.mfa_challenges[0].code;
  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 300_000 } });
  const fresh = await mfaBearer(h, ALICE.email);
  isError(t, await validate(fresh, { oob_code, otp: code }), 400, 'invalid_oob_code', /expired at 2026-01-01T00:05:00.000Z/);
});

t.test('an unknown oob_code is 400 invalid_oob_code', async (t) => {
  const { auth } = await enrolTotp(h, ALICE.email);
  isError(t, await validate(auth, { oob_code: 'ab'.repeat(26), otp: '123456' }), 400, 'invalid_oob_code', /is not a challenge of user/);
});

t.test('without an active factor both kinds are 400 mfa_not_enrolled, and nothing changes', async (t) => {
  await enrolTotp(h, BOB.email, { pending: true });
  for (const email of [ALICE.email, BOB.email]) {
    const auth = await mfaBearer(h, email);
    const before = await rawState();
    isError(t, await initiate(auth, { authenticator_type: 'otp' }), 400, 'mfa_not_enrolled', /no active TOTP authenticator/);
    isError(t, await initiate(auth, { authenticator_type: 'oob', oob_channels: 'email' }), 400, 'mfa_not_enrolled', /no active TOTP authenticator/);
    t.equal(await rawState(), before);
  }
});

t.test('oob without oob_channels, to a missing phone, or of an unknown kind is 400 naming the field', async (t) => {
  const { auth } = await enrolTotp(h, ALICE.email);
  const before = await rawState();
  isError(t, await initiate(auth, { authenticator_type: 'oob' }), 400, 'invalid_request_body', /body\.oob_channels is required when authenticator_type is oob/);
  isError(t, await initiate(auth, { authenticator_type: 'oob', oob_channels: 'sms' }), 400, 'mfa_not_enrolled', /has no phone number; send oob_channels "email"/);
  isError(t, await initiate(auth, { authenticator_type: 'push' }), 400, 'invalid_request_body', /authenticator_type/);
  t.equal(await rawState(), before);
});

t.test('an oob email code is an mfa_oob outbox message keyed by the oob_code, and the code read from it validates once', async (t) => {
  const { auth } = await enrolTotp(h, ALICE.email);
  const { oob_code } = (await initiate(auth, { authenticator_type: 'oob', oob_channels: 'email' })).body;
  const listed = (await h.call({ url: `/__sandbox/outbox?kind=mfa_oob&state=${oob_code}` })).body;
  t.equal(listed.length, 1, 'one message for this challenge');
  const [message] = listed;
  t.match(message, {
    client_id: DEFAULT_CLIENT, channel: 'email', kind: 'mfa_oob', to: ALICE.email, state: oob_code, send_no: 1,
    subject: `Your ${DEFAULT_CLIENT_NAME} verification code`, expires_at: '2026-01-01T00:05:00.000Z', time: PINNED,
  });
  t.match(message.code, /^[0-9]{6}$/);
  t.ok(message.text.startsWith(`${message.code} is your `), 'the text carries the code');
  t.equal(message.code, (await h.state()).mfa_challenges[0].code, 'the code is the challenge\'s');
  t.equal((await validate(auth, { oob_code, otp: message.code })).status, 200);
  isError(t, await validate(auth, { oob_code, otp: message.code }), 400, 'invalid_oob_code', /was already used/);
});

t.test('/__sandbox/outbox/next answers the code of an initiate sent after it started waiting', async (t) => {
  const { auth } = await enrolTotp(h, ALICE.email);
  const waiting = h.call({ url: `/__sandbox/outbox/next?kind=mfa_oob&to=${encodeURIComponent(ALICE.email)}&timeout_ms=30000` });
  const { oob_code } = (await initiate(auth, { authenticator_type: 'oob', oob_channels: 'email' })).body;
  const message = (await waiting).body;
  t.equal(message.state, oob_code);
  t.equal((await validate(auth, { oob_code, otp: message.code })).status, 200);
});

t.test('an oob sms code goes to the user\'s phone as an sms message without a subject', async (t) => {
  const { auth } = await enrolTotp(h, ALICE.email);
  const state = await h.state();
  state.users = state.users.map((u: { user_id: string }) => (u.user_id === ALICE.user_id ? { ...u, phone_id: '+14155550100' } : u));
  t.equal((await h.call({ method: 'PUT', url: '/__sandbox/state', payload: state })).status, 200);
  const { oob_code } = (await initiate(auth, { authenticator_type: 'oob', oob_channels: 'sms' })).body;
  const message = (await h.call({ url: `/__sandbox/outbox/next?state=${oob_code}&timeout_ms=0` })).body;
  t.match(message, { channel: 'sms', kind: 'mfa_oob', to: '+14155550100', state: oob_code });
  t.notOk('subject' in message, 'an SMS has no subject');
  t.equal((await validate(auth, { oob_code, otp: message.code })).status, 200);
});

t.test('a drop_delivery fault answers 200 but leaves the outbox empty; the code kept in the state still validates', async (t) => {
  const { auth } = await enrolTotp(h, ALICE.email);
  t.equal((await h.call({ method: 'POST', url: '/__sandbox/faults', payload: { operation: 'initiateMfa', drop_delivery: true } })).status, 201);
  const res = await initiate(auth, { authenticator_type: 'oob', oob_channels: 'email' });
  t.equal(res.status, 200);
  t.same((await h.call({ url: '/__sandbox/outbox' })).body, [], 'the email was lost');
  isError(t, await h.call({ url: `/__sandbox/outbox/next?state=${res.body.oob_code}&timeout_ms=0` }), 404, 'outbox_timeout', /mfa|state=/);
  const challenge = (await h.state()).mfa_challenges.find((c: { oob_code: string }) => c.oob_code === res.body.oob_code);
  t.equal((await validate(auth, { oob_code: res.body.oob_code, otp: challenge.code })).status, 200, 'a lost email does not void the challenge');
  const next = await initiate(auth, { authenticator_type: 'oob', oob_channels: 'email' });
  t.equal((await h.call({ url: `/__sandbox/outbox?state=${next.body.oob_code}` })).body.length, 1, 'the fault dropped one delivery only');
});

t.test("an oob code follows the client's policy.otp_length and policy.fixed_otp, as its emailed codes do", async (t) => {
  const codeOf = async (policy: object) => {
    const clientId = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'oob policy', policy } })).body.client_id;
    const created = await h.call({ method: 'POST', url: '/__sandbox/users', payload: { client_id: clientId, email: 'dana@example.com' } });
    t.equal(created.status, 201, 'the user exists in the new client');
    const { auth } = await enrolTotp(h, 'dana@example.com', { clientId });
    const res = await h.call({ method: 'POST', url: mfaPaths.initiate(clientId), headers: auth, payload: { authenticator_type: 'oob', oob_channels: 'email' } });
    t.equal(res.status, 200);
    const message = (await h.call({ url: `/__sandbox/outbox?kind=mfa_oob&state=${res.body.oob_code}` })).body[0];
    const ok = await h.call({ method: 'POST', url: mfaPaths.validate(clientId), headers: auth, payload: { oob_code: res.body.oob_code, otp: message.code } });
    t.equal(ok.status, 200, 'the code sent validates');
    return message.code as string;
  };
  t.match(await codeOf({ otp_length: 8 }), /^[0-9]{8}$/, 'eight digits');
  t.equal(await codeOf({ fixed_otp: '246810' }), '246810', 'the fixed code');
  t.match(await codeOf({}), /^[0-9]{6}$/, 'six by default');
});
