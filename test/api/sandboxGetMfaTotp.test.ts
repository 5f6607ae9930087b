// Tests of operation sandboxGetMfaTotp (openapi.yaml) and sb.mfa.totp(), through HTTP.
import t from 'tap';
import { createSandbox } from '../../src/index.js';
import { ALICE, BOB, build, DEFAULT_CLIENT, enrolTotp, isError, mfaPaths, PINNED, rfc6238 } from '../helper.js';

const h = await build(t);
const totp = (userId: string, clientId = DEFAULT_CLIENT) => h.call({ url: `/__sandbox/mfa/totp?client_id=${clientId}&user_id=${userId}` });

t.test('answers the secret, the RFC 6238 code at the sandbox clock and when its step ends', async (t) => {
  const { secret, auth } = await enrolTotp(h, ALICE.email, { pending: true });
  const res = await totp(ALICE.user_id);
  t.same(res.body, { secret, code: rfc6238(secret, Date.parse(PINNED)), period_ends_at: '2026-01-01T00:00:30.000Z' });
  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 45_000 } });
  const later = await totp(ALICE.user_id);
  t.same(later.body, { secret, code: rfc6238(secret, Date.parse(PINNED) + 45_000), period_ends_at: '2026-01-01T00:01:00.000Z' });
  t.equal((await h.call({ method: 'POST', url: mfaPaths.validate(), headers: auth, payload: { otp: later.body.code } })).status, 200, 'the code validates');
  await h.call({ method: 'POST', url: '/__sandbox/reset' });
});

t.test('a user without an enrolment, an unknown user or client are refused with the fix', async (t) => {
  isError(t, await totp(BOB.user_id), 404, 'resource_not_found', /has no TOTP enrolment/);
  isError(t, await totp('aaaaaaaaaaaaaaaaaaaaaaaa'), 404, 'resource_not_found', /has no user aaaaaaaaaaaaaaaaaaaaaaaa/);
  isError(t, await totp(ALICE.user_id, 'cli_nobody'), 401, 'invalid_client', /no client cli_nobody/);
  isError(t, await h.call({ url: `/__sandbox/mfa/totp?client_id=${DEFAULT_CLIENT}` }), 400, 'invalid_query_parameters', /user_id/);
});

t.test('in-process, sb.mfa.totp gives the same answer', async (t) => {
  const sb = await createSandbox({ seed: 42, clock: PINNED });
  t.teardown(() => sb.close());
  const clients = await (await fetch(`${sb.url}/__sandbox/clients`)).json() as Array<{ client_secret: string }>;
  const tok = await (await fetch(`${sb.url}${mfaPaths.token()}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-client-secret': clients[0].client_secret }, body: JSON.stringify({ identifier: ALICE.email }) })).json() as { mfa_token: string };
  const enrol = await (await fetch(`${sb.url}${mfaPaths.enroll()}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tok.mfa_token}` }, body: '{}' })).json() as { secret: string };
  const got = await sb.mfa.totp(sb.clientId, ALICE.user_id);
  t.same(got, { secret: enrol.secret, code: rfc6238(enrol.secret, Date.parse(PINNED)), period_ends_at: '2026-01-01T00:00:30.000Z' });
});
