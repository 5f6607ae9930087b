// Tests of operation enrollMfaTotp (openapi.yaml), through HTTP.
import t from 'tap';
import { ALICE, build, enrolTotp, isError, mfaBearer, mfaPaths } from '../helper.js';

const h = await build(t);
const rawState = async () => (await h.call({ url: '/__sandbox/state' })).raw.body;
const enrol = (auth: object, payload: object = {}) => h.call({ method: 'POST', url: mfaPaths.enroll(), headers: auth as Record<string, string>, payload });
t.afterEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset' }); });

t.test('enrolling answers a base32 secret and the otpauth URI with the client issuer, the email and SHA1/6/30', async (t) => {
  const auth = await mfaBearer(h, ALICE.email);
  const res = await enrol(auth);
  t.equal(res.status, 200);
  t.equal(res.body.authenticator_type, 'otp');
  t.match(res.body.secret, /^[A-Z2-7]{32}$/, '20 bytes in base32');
  t.equal(res.body.barcode_uri, `otpauth://totp/ssojet-sandbox:alice%40example.com?secret=${res.body.secret}&issuer=ssojet-sandbox&algorithm=SHA1&digits=6&period=30`);
  const listed = (await h.call({ url: mfaPaths.authenticators(), headers: auth })).body;
  t.match(listed, [{ authenticator_type: 'otp', active: false, name: 'Authenticator app' }]);
  t.match(listed[0].id, /^totp\|[0-9a-f]{24}$/);
});

t.test('enrolling again while pending replaces the pending enrolment with a new secret', async (t) => {
  const auth = await mfaBearer(h, ALICE.email);
  const first = (await enrol(auth)).body.secret;
  const second = (await enrol(auth)).body.secret;
  t.not(first, second);
  t.equal((await h.call({ url: '/__sandbox/state' })).body.mfa_enrollments.length, 1);
});

t.test('enrolling while an enrolment is active is 409 mfa_already_enrolled, and nothing changes', async (t) => {
  const { auth } = await enrolTotp(h, ALICE.email);
  const before = await rawState();
  isError(t, await enrol(auth), 409, 'mfa_already_enrolled', /already has an active TOTP authenticator \(totp\|[0-9a-f]{24}\)/);
  t.equal(await rawState(), before);
});

t.test('a body with a field is 400 and nothing changes', async (t) => {
  const auth = await mfaBearer(h, ALICE.email);
  const before = await rawState();
  isError(t, await enrol(auth, { secret: 'x' }), 400, 'invalid_request_body', /secret/);
  t.equal(await rawState(), before);
});

t.test('the same seed and calls give the same secret', async (t) => {
  const a = (await enrol(await mfaBearer(h, ALICE.email))).body.secret;
  await h.call({ method: 'POST', url: '/__sandbox/reset' });
  const b = (await enrol(await mfaBearer(h, ALICE.email))).body.secret;
  t.equal(a, b);
});
