// Isolation between clients (issue #15 "Must show"): the same person signed up with two apps
// has two users, and MFA of one app never reaches the other's.
import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, enrolTotp, isError, mfaBearer, mfaPaths, PINNED, rfc6238 } from '../helper.js';

const h = await build(t);
const now = Date.parse(PINNED);

t.test('the same email in two clients has two enrolments, secrets and backup codes, and a code of one never validates the other', async (t) => {
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'Other' } })).body;
  const user = (await h.call({ method: 'POST', url: '/__sandbox/users', payload: { client_id: other.client_id, email: ALICE.email } })).body;
  const a = await enrolTotp(h, ALICE.email);
  const otherAuth = await mfaBearer(h, ALICE.email, other.client_id);
  t.same((await h.call({ url: mfaPaths.authenticators(other.client_id), headers: otherAuth })).body, [], 'enrolling in one client enrols nobody in the other');
  isError(t, await h.call({ url: `/__sandbox/mfa/totp?client_id=${other.client_id}&user_id=${user.user_id}` }), 404, 'resource_not_found', /has no TOTP enrolment/);
  isError(t, await h.call({ url: `/__sandbox/mfa/totp?client_id=${other.client_id}&user_id=${ALICE.user_id}` }), 404, 'resource_not_found', new RegExp(`Client ${other.client_id} has no user ${ALICE.user_id}`));

  const b = await enrolTotp(h, ALICE.email, { clientId: other.client_id, pending: true });
  t.not(b.secret, a.secret, 'each enrolment has its own secret');
  const codeA = rfc6238(a.secret, now);
  const wrong = codeA === rfc6238(b.secret, now) ? '000000' : codeA;
  isError(t, await h.call({ method: 'POST', url: mfaPaths.validate(other.client_id), headers: b.auth, payload: { otp: wrong } }), 400, 'invalid_otp', /wrong code 1 of 5/);
  t.equal((await h.call({ method: 'POST', url: mfaPaths.validate(other.client_id), headers: b.auth, payload: { otp: rfc6238(b.secret, now) } })).status, 200);

  const codesA = (await h.call({ url: mfaPaths.backupCodes(), headers: a.auth })).body.backup_codes as string[];
  const codesB = (await h.call({ url: mfaPaths.backupCodes(other.client_id), headers: b.auth })).body.backup_codes as string[];
  t.same(codesA.filter((c) => codesB.includes(c)), [], 'no backup code is shared');
  isError(t, await h.call({ method: 'POST', url: mfaPaths.validate(other.client_id), headers: b.auth, payload: { otp: codesA[0] } }), 400, 'invalid_otp', /nor an unused backup code/);
  isError(t, await h.call({ url: mfaPaths.backupCodes(DEFAULT_CLIENT), headers: b.auth }), 401, 'invalid_mfa_token', new RegExp(`issued to client ${other.client_id}`));
});

t.test('an oob code of one client is not a challenge of the other\'s user', async (t) => {
  await h.call({ method: 'POST', url: '/__sandbox/reset' });
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'Other' } })).body;
  await h.call({ method: 'POST', url: '/__sandbox/users', payload: { client_id: other.client_id, email: ALICE.email } });
  const a = await enrolTotp(h, ALICE.email);
  const b = await enrolTotp(h, ALICE.email, { clientId: other.client_id });
  const { oob_code } = (await h.call({ method: 'POST', url: mfaPaths.initiate(), headers: a.auth, payload: { authenticator_type: 'oob', oob_channels: 'email' } })).body;
  const message = (await h.call({ url: `/__sandbox/outbox?client_id=${DEFAULT_CLIENT}&state=${oob_code}` })).body[0];
  t.same((await h.call({ url: `/__sandbox/outbox?client_id=${other.client_id}` })).body, [], 'the other client sent nothing');
  isError(t, await h.call({ method: 'POST', url: mfaPaths.validate(other.client_id), headers: b.auth, payload: { oob_code, otp: message.code } }), 400, 'invalid_oob_code', /is not a challenge of user/);
});
