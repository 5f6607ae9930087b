// Passwordless attempts in the state document, on both stores: a seed and a pinned clock give the
// same states, codes and magictexts; export -> restore -> export is byte-identical and a restored
// code still verifies; Delete User takes the attempts that signed the user in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { build, DEFAULT_CLIENT, isError, type Harness } from '../helper.js';
import { emailCode, expectedMagicText, lastMessage, pwlPaths } from '../passwordless-helper.js';

const dir = mkdtempSync(join(tmpdir(), 'pwl-state-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const stores: Array<[string, Harness]> = [
  ['memory', await build(t, { dataFile: null })],
  ['sqlite', await build(t, { dataFile: join(dir, 'sandbox.db') })],
];

/** A run of passwordless traffic: an email code (verified), a magic link (resent), an SMS code (one wrong try). */
async function traffic(h: Harness) {
  const email = await emailCode(h, 'det@example.com');
  await h.call({ method: 'POST', url: pwlPaths.emailVerify(), payload: { state: email.state, otp: email.code } });
  const link = (await h.call({ method: 'POST', url: pwlPaths.magicLinkSend(), payload: { email: 'link@example.com' } })).body.state as string;
  await h.call({ method: 'POST', url: pwlPaths.magicLinkResend(), payload: { state: link } });
  const sms = (await h.call({ method: 'POST', url: pwlPaths.smsSend(), payload: { phone_id: '+14155550123' } })).body.state as string;
  const smsCode = (await lastMessage(h, sms)).code as string;
  await h.call({ method: 'POST', url: pwlPaths.smsVerify(), payload: { state: sms, otp: smsCode === '0000' ? '1111' : '0000' } });
  const outbox = (await h.call({ url: '/__sandbox/outbox' })).body.map((m: Record<string, unknown>) => ({ state: m.state, code: m.code, magictext: m.magictext, link: m.link }));
  return { link, sms, smsCode, outbox, state: (await h.call({ url: '/__sandbox/state' })).raw.body };
}

for (const [name, h] of stores) {
  t.test(`${name}: two resets with the same seed and pinned clock give the same states, codes, magictexts and state document`, async (t) => {
    const reset = () => h.call({ method: 'POST', url: '/__sandbox/reset', payload: { seed: 7 } });
    await reset();
    const first = await traffic(h);
    await reset();
    const second = await traffic(h);
    t.same(second.outbox, first.outbox, 'the same states, codes and links');
    t.equal(second.state, first.state, 'the same state document, byte for byte');
    t.equal((await lastMessage(h, second.link)).magictext, expectedMagicText(7, DEFAULT_CLIENT, second.link, 2), 'the magictext is section 3\'s under seed 7');
    const other = await h.call({ method: 'POST', url: '/__sandbox/reset', payload: { seed: 8 } });
    t.equal(other.status, 200);
    t.not((await traffic(h)).outbox[0].state, first.outbox[0].state, 'another seed, another state');
  });

  t.test(`${name}: export -> restore -> export is byte-identical with attempts, and a restored code verifies`, async (t) => {
    await h.call({ method: 'POST', url: '/__sandbox/reset' });
    const { sms, smsCode, state: exported } = await traffic(h);
    const doc = JSON.parse(exported);
    t.same(doc.passwordless_attempts.map((a: { kind: string; status: string; send_no: number; failures: number }) => [a.kind, a.status, a.send_no, a.failures]),
      [['email_otp', 'verified', 1, 0], ['magic_link', 'pending', 2, 0], ['sms_otp', 'pending', 1, 1]]);
    await h.call({ method: 'POST', url: '/__sandbox/reset' });
    await h.call({ method: 'DELETE', url: '/__sandbox/outbox' });
    t.equal((await h.call({ method: 'PUT', url: '/__sandbox/state', payload: doc })).status, 200);
    t.equal((await h.call({ url: '/__sandbox/state' })).raw.body, exported, 'byte-identical');
    const res = await h.call({ method: 'POST', url: pwlPaths.smsVerify(), payload: { state: sms, otp: smsCode } });
    t.equal(res.status, 200, 'the code kept in the attempt verifies after the restore, without the outbox');
  });

  t.test(`${name}: Delete User takes the attempts that signed the user in; polling the state then says expired`, async (t) => {
    await h.call({ method: 'POST', url: '/__sandbox/reset' });
    const { state, code } = await emailCode(h, 'gone@example.com');
    const userId = (await h.call({ method: 'POST', url: pwlPaths.emailVerify(), payload: { state, otp: code } })).body.profile.id;
    const deleted = await h.call({ method: 'DELETE', url: `/api/v1/users/${userId}?client_id=${DEFAULT_CLIENT}` });
    t.equal(deleted.status, 200);
    t.same((await h.state()).passwordless_attempts, []);
    isError(t, await h.call({ url: pwlPaths.ping(state) }), 400, 'state_expired', /no longer kept/);
  });
}
