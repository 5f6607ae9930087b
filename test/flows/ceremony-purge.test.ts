// Expired ceremonies and refresh tokens are purged (issue #5: memory stays flat under load)
// without changing any answer: initiatePasskeyLogin, finishPasskeyAuthentication,
// checkPasskeyAuthStatus, passkeyRegistrationInitialize, completePasskeyRegistration.
import t from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, isError, ORIGIN, paths, registerPasskey, startLogin } from '../helper.js';

const TIMEOUT = 300_000;
const codes = (state: { ceremonies: Array<{ auth_code: string }> }) => state.ceremonies.map((c) => c.auth_code);

t.test('a ceremony opened after the clock passed an expiry purges the expired ones but each identifier\'s latest', async (t) => {
  const h = await build(t);
  const alice = await registerPasskey(h, ALICE.email);
  const a1 = await startLogin(h, ALICE.email, alice.authenticator);
  const b1 = (await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: BOB.email }) })).body.auth_code;
  const b2 = (await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: BOB.email }) })).body.auth_code;
  t.ok(codes(await h.state()).includes(b1), 'nothing is purged while the pinned clock stands still');

  h.services.clock.advance(TIMEOUT + 1);
  const fresh = (await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: 'carol@example.com' }) })).body.auth_code;
  const kept = codes(await h.state());
  t.notOk(kept.includes(b1), "bob's older expired ceremony is gone");
  t.ok(kept.includes(b2), "bob's latest stays (status reports it)");
  t.ok(kept.includes(a1.init.auth_code), "alice's latest stays");
  t.ok(kept.includes(fresh), 'the new one is there');

  const status = await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier: BOB.email }) });
  t.equal(status.body.status, 'expired', 'status of the latest still answers expired');

  // The purged auth_code answers like an expired one; the kept expired one too.
  const purged = await h.call({ method: 'POST', url: paths.login({ client_id: DEFAULT_CLIENT, identifier: BOB.email, auth_code: b1 }), payload: { passkey: a1.passkey } });
  isError(t, purged, 400, 'challenge_expired', /auth_code [0-9a-f]{24} expired .*Call Initiate Passkey Login/);
  const expired = await h.call({ method: 'POST', url: a1.finishUrl, payload: { passkey: a1.passkey } });
  isError(t, expired, 400, 'challenge_expired', /expired at .*Call Initiate Passkey Login/);
});

t.test('a purged auth_code is still unknown to anyone else, and a made-up one stays unknown', async (t) => {
  const h = await build(t);
  const b1 = (await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: BOB.email }) })).body.auth_code;
  await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: BOB.email }) });
  h.services.clock.advance(TIMEOUT + 1);
  await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  t.notOk(codes(await h.state()).includes(b1), 'purged');
  const passkey = { id: 'x', rawId: 'x', type: 'public-key', response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' }, clientExtensionResults: {} };
  const foreign = await h.call({ method: 'POST', url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email, auth_code: b1 }), payload: { passkey } });
  isError(t, foreign, 400, 'invalid_auth_code', /is unknown for this client and identifier/);
  const madeUp = await h.call({ method: 'POST', url: paths.login({ client_id: DEFAULT_CLIENT, identifier: BOB.email, auth_code: 'ffffffffffffffffffffffff' }), payload: { passkey } });
  isError(t, madeUp, 400, 'invalid_auth_code', /is unknown for this client and identifier/);
});

t.test('a purged registration auth_code answers challenge_expired', async (t) => {
  const h = await build(t);
  const token = await h.session(ALICE.email);
  const auth = { authorization: `Bearer ${token}` };
  const first = (await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: auth })).body;
  h.services.clock.advance(TIMEOUT + 1);
  const fresh = await h.session(ALICE.email); // the first token expired with the clock
  const second = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${fresh}` } });
  t.equal(second.status, 200);
  t.notOk(codes(await h.state()).includes(first.auth_code), 'registration ceremonies are purged too (no latest is kept for them)');
  const { VirtualAuthenticator } = await import('../../src/authenticator/index.js');
  const passkey = new VirtualAuthenticator().createCredential(first.publicKey, { origin: ORIGIN });
  const res = await h.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: first.auth_code }), headers: { authorization: `Bearer ${fresh}` }, payload: { passkey } });
  isError(t, res, 400, 'challenge_expired', /expired .*Call Passkey Registration Initialize/);
});

t.test('expired refresh tokens are purged with the ceremonies', async (t) => {
  const h = await build(t, { refreshTokenTtl: 60 });
  await h.session(ALICE.email);
  await h.session(BOB.email);
  t.equal((await h.state()).refresh_tokens.length, 2);
  h.services.clock.advance(61_000);
  await h.session(BOB.email);
  await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  const left = (await h.state()).refresh_tokens;
  t.equal(left.length, 1, 'only the unexpired one is left');
  t.ok(Date.parse(left[0].expires_at) > h.services.clock.nowMs());
});

t.test('the same operations at the same clock purge the same way (deterministic)', async (t) => {
  const run = async () => {
    const h = await build(t);
    for (let i = 0; i < 3; i++) {
      await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: BOB.email }) });
      h.services.clock.advance(200_000);
    }
    return h.state();
  };
  t.same(await run(), await run());
});

t.test('the purge schedule starts again with reset and restore: a replay after reset gives the same state as a fresh start', async (t) => {
  const scenario = async (h: Awaited<ReturnType<typeof build>>) => {
    await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: BOB.email }) });
    await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: BOB.email }) });
    await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: TIMEOUT + 1 } });
    await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: 'carol@example.com' }) });
    return h.state();
  };
  const fresh = await scenario(await build(t));
  const h = await build(t);
  const before = await h.state();
  await scenario(h);
  await h.call({ method: 'POST', url: '/__sandbox/reset', payload: {} });
  t.same(await scenario(h), fresh, 'after reset');
  await h.call({ method: 'PUT', url: '/__sandbox/state', payload: before });
  t.same(await scenario(h), fresh, 'after PUT /__sandbox/state');
});
