// Tests of operations getMfaBackupCodes and listMfaAuthenticators (openapi.yaml), through HTTP.
import t from 'tap';
import { ALICE, build, enrolTotp, isError, mfaBearer, mfaPaths } from '../helper.js';

const h = await build(t);
t.afterEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset' }); });

t.test('an active enrolment has ten distinct 8-character codes, the same for the same seed', async (t) => {
  const { auth } = await enrolTotp(h, ALICE.email);
  const codes = (await h.call({ url: mfaPaths.backupCodes(), headers: auth })).body.backup_codes;
  t.equal(codes.length, 10);
  t.equal(new Set(codes).size, 10);
  for (const c of codes) t.match(c, /^[0-9a-v]{8}$/);
  await h.call({ method: 'POST', url: '/__sandbox/reset' });
  const again = await enrolTotp(h, ALICE.email);
  t.same((await h.call({ url: mfaPaths.backupCodes(), headers: again.auth })).body.backup_codes, codes);
});

t.test('without an enrolment, Get Backup Code is 400 mfa_not_enrolled', async (t) => {
  isError(t, await h.call({ url: mfaPaths.backupCodes(), headers: await mfaBearer(h, ALICE.email) }), 400, 'mfa_not_enrolled', /enrol one with MFA Enroll TOTP/);
});

t.test('List of Authenticators ignores a JSON body sent on the GET, as SSOJet\'s sample sends one', async (t) => {
  const auth = await mfaBearer(h, ALICE.email);
  const res = await h.call({ url: mfaPaths.authenticators(), headers: { ...auth, 'content-type': 'application/json' }, payload: JSON.stringify({ client_id: 'x' }) });
  t.equal(res.status, 200);
  t.same(res.body, [], 'no factor yet');
});

t.test('an access token of the user works as the MFA Bearer too', async (t) => {
  const token = await h.session(ALICE.email);
  const res = await h.call({ url: mfaPaths.authenticators(), headers: { authorization: `Bearer ${token}` } });
  t.equal(res.status, 200);
});
