// MFA records in the state document: export -> restore -> export is byte-identical, on the
// memory store here and on SQLite with SANDBOX_TEST_STORE=sqlite; a restored enrolment works.
import t from 'tap';
import { ALICE, BOB, build, enrolTotp, mfaBearer, mfaPaths, PINNED, rfc6238 } from '../helper.js';

const h = await build(t);

t.test('enrolments, backup codes, wrong-code counts and OOB challenges survive export and restore byte-identically', async (t) => {
  const alice = await enrolTotp(h, ALICE.email);
  await enrolTotp(h, BOB.email, { pending: true });
  await h.call({ method: 'POST', url: mfaPaths.validate(), headers: alice.auth, payload: { otp: '000000' } });
  await h.call({ method: 'POST', url: mfaPaths.initiate(), headers: alice.auth, payload: { authenticator_type: 'oob', oob_channels: 'email' } });
  const exported = (await h.call({ url: '/__sandbox/state' })).raw.body;
  const doc = JSON.parse(exported);
  t.same([doc.mfa_enrollments.length, doc.mfa_backup_codes.length, doc.mfa_token_uses.length, doc.mfa_challenges.length], [2, 1, 1, 1]);
  await h.call({ method: 'POST', url: '/__sandbox/reset' });
  const put = await h.call({ method: 'PUT', url: '/__sandbox/state', payload: doc });
  t.equal(put.status, 200);
  t.equal((await h.call({ url: '/__sandbox/state' })).raw.body, exported);
  const fresh = await mfaBearer(h, ALICE.email);
  t.equal((await h.call({ method: 'POST', url: mfaPaths.validate(), headers: fresh, payload: { otp: rfc6238(alice.secret, Date.parse(PINNED)) } })).status, 200, 'the restored secret validates');
});

t.test('a restored document with an MFA record of an unknown client is refused and changes nothing', async (t) => {
  const doc = (await h.call({ url: '/__sandbox/state' })).body;
  const before = (await h.call({ url: '/__sandbox/state' })).raw.body;
  doc.mfa_enrollments = [{ ...doc.mfa_enrollments[0], client_id: 'cli_ghost' }];
  const res = await h.call({ method: 'PUT', url: '/__sandbox/state', payload: doc });
  t.equal(res.status, 400);
  t.match(res.body.error_description, /mfa_enrollments: record totp\|[0-9a-f]{24} names unknown client cli_ghost/);
  t.equal((await h.call({ url: '/__sandbox/state' })).raw.body, before);
});
