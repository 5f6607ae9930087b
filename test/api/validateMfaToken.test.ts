// Tests of operation validateMfaToken (openapi.yaml), through HTTP, on a pinned clock.
import t from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, enrolTotp, isError, mfaBearer, mfaPaths, PINNED, rfc6238 } from '../helper.js';

const h = await build(t);
const now = Date.parse(PINNED);
const rawState = async () => (await h.call({ url: '/__sandbox/state' })).raw.body;
const validate = (auth: object, payload: object) => h.call({ method: 'POST', url: mfaPaths.validate(), headers: auth as Record<string, string>, payload });
t.afterEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset' }); });

t.test('the first TOTP code activates a pending enrolment and signs the user in with the Verify Magic Auth Code shape', async (t) => {
  const { secret, auth } = await enrolTotp(h, ALICE.email, { pending: true });
  const listed = await h.call({ url: mfaPaths.authenticators(), headers: auth });
  t.same(listed.body.map((a: { active: boolean }) => a.active), [false], 'pending before the first code');
  const res = await validate(auth, { otp: rfc6238(secret, now) });
  t.equal(res.status, 200);
  t.equal(res.body.authenticated, true);
  t.equal(res.body.token_type, 'Bearer');
  t.match(res.body.profile, { id: ALICE.user_id, email: ALICE.email, first_name: 'Alice', LastLoginAt: PINNED });
  const session = await h.call({ url: `/api/v1/auth/passwordless/passkey/credentials?client_id=${DEFAULT_CLIENT}`, headers: { authorization: `Bearer ${res.body.access_token}` } });
  t.equal(session.status, 200, 'the access token works as a Bearer elsewhere');
  const after = await h.call({ url: mfaPaths.authenticators(), headers: auth });
  t.same(after.body.map((a: { authenticator_type: string; active: boolean }) => [a.authenticator_type, a.active]), [['otp', true], ['recovery-code', true], ['oob', true]]);
  const state = (await h.call({ url: '/__sandbox/state' })).body;
  t.same(state.login_logs.map((l: { method: string; user_id: string }) => [l.method, l.user_id]), [['mfa', ALICE.user_id]], 'one login log of method mfa');
  t.equal(state.mfa_backup_codes[0].codes.length, 10, 'backup codes made on activation');
  const refresh = state.refresh_tokens.find((r: { token: string }) => r.token === res.body.refresh_token);
  t.equal(refresh?.expires_at, new Date(now + 2_592_000_000).toISOString(), 'the refresh token lives REFRESH_TOKEN_TTL (30 days), not the access token\'s hour (F5)');
});

t.test('codes of the step before and after are accepted; two steps away are refused with 400 invalid_otp', async (t) => {
  const { secret, auth } = await enrolTotp(h, ALICE.email);
  for (const offset of [-30_000, 30_000]) t.equal((await validate(auth, { otp: rfc6238(secret, now + offset) })).status, 200, `step ${offset / 30_000} accepted`);
  for (const offset of [-60_000, 60_000]) {
    isError(t, await validate(auth, { otp: rfc6238(secret, now + offset) }), 400, 'invalid_otp', /neither the TOTP code of the 30 s step at 2026-01-01T00:00:00.000Z/);
  }
});

t.test('a backup code works once; the second use is 400 invalid_otp and Get Backup Code no longer lists it', async (t) => {
  const { auth } = await enrolTotp(h, ALICE.email);
  const codes = (await h.call({ url: mfaPaths.backupCodes(), headers: auth })).body.backup_codes as string[];
  t.equal(codes.length, 10);
  t.equal((await validate(auth, { otp: codes[3] })).status, 200);
  isError(t, await validate(auth, { otp: codes[3] }), 400, 'invalid_otp', new RegExp(`The code ${codes[3]} is wrong: .*nor an unused backup code`));
  const left = (await h.call({ url: mfaPaths.backupCodes(), headers: auth })).body.backup_codes;
  t.same(left, codes.filter((_, i) => i !== 3));
});

t.test('backup codes do not exist while the enrolment is pending', async (t) => {
  const { auth } = await enrolTotp(h, ALICE.email, { pending: true });
  isError(t, await validate(auth, { otp: 'abcdefgh' }), 400, 'invalid_otp', /enrolment is pending/);
  isError(t, await h.call({ url: mfaPaths.backupCodes(), headers: auth }), 400, 'mfa_not_enrolled', /its enrolment is pending/);
});

t.test('5 wrong codes burn the Bearer: each is 400 invalid_otp, then even the right code is 401 invalid_mfa_token', async (t) => {
  const { secret, auth } = await enrolTotp(h, ALICE.email);
  for (let i = 1; i <= 5; i++) isError(t, await validate(auth, { otp: '000000' }), 400, 'invalid_otp', new RegExp(`wrong code ${i} of 5`));
  isError(t, await validate(auth, { otp: rfc6238(secret, now) }), 401, 'invalid_mfa_token', /burnt after 5 wrong codes/);
  isError(t, await h.call({ url: mfaPaths.authenticators(), headers: auth }), 401, 'invalid_mfa_token', /burnt/);
  const fresh = await mfaBearer(h, ALICE.email);
  t.equal((await validate(fresh, { otp: rfc6238(secret, now) })).status, 200, 'a new mfa_token works');
});

t.test('a successful Validate does not consume the mfa_token', async (t) => {
  const { secret, auth } = await enrolTotp(h, ALICE.email);
  t.equal((await validate(auth, { otp: rfc6238(secret, now) })).status, 200);
  t.equal((await h.call({ url: mfaPaths.authenticators(), headers: auth })).status, 200);
});

t.test('a user without an enrolment is 400 mfa_not_enrolled and nothing changes', async (t) => {
  const auth = await mfaBearer(h, BOB.email);
  const before = await rawState();
  isError(t, await validate(auth, { otp: '123456' }), 400, 'mfa_not_enrolled', /has no active TOTP authenticator; enrol one/);
  t.equal(await rawState(), before);
});

t.test('a body without otp is 400 naming body.otp, and nothing changes', async (t) => {
  const { auth } = await enrolTotp(h, ALICE.email);
  const before = await rawState();
  isError(t, await validate(auth, {}), 400, 'invalid_request_body', /body\.otp/);
  isError(t, await validate(auth, { otp: '123456', extra: 1 }), 400, 'invalid_request_body', /extra/);
  t.equal(await rawState(), before);
});

t.test("one user's code does not validate another's enrolment, and clients are isolated", async (t) => {
  const alice = await enrolTotp(h, ALICE.email);
  const bob = await enrolTotp(h, BOB.email);
  isError(t, await validate(bob.auth, { otp: rfc6238(alice.secret, now) === rfc6238(bob.secret, now) ? 'x' : rfc6238(alice.secret, now) }), 400, 'invalid_otp', /wrong/);
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: {} })).body;
  const res = await h.call({ method: 'POST', url: mfaPaths.validate(other.client_id), headers: alice.auth, payload: { otp: rfc6238(alice.secret, now) } });
  isError(t, res, 401, 'invalid_mfa_token', /issued to client cli_sandbox0000000000001/);
});
