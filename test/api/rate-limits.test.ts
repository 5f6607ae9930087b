import t from 'tap';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { ALICE, BOB, build, durableState, isError, paths, registerPasskey, startLogin, type Harness } from '../helper.js';

// Brute-force limits on initiatePasskeyLogin / finishPasskeyAuthentication: only failed
// verifications count, per identifier and per IP, in windows that follow the sandbox clock.

/** A finish that fails verification: a real assertion, signed for an origin the client does not allow. */
async function failedSignIn(h: Harness, email: string, authenticator: VirtualAuthenticator, remoteAddress?: string) {
  const init = await h.call({ url: paths.login({ client_id: 'cli_sandbox0000000000001', identifier: email }), remoteAddress });
  if (init.status !== 200) return init;
  const passkey = authenticator.getAssertion(init.body.publicKey, { origin: 'https://evil.example' });
  return h.call({
    method: 'POST', url: paths.login({ client_id: 'cli_sandbox0000000000001', identifier: email, auth_code: init.body.auth_code }),
    payload: { passkey }, remoteAddress,
  });
}

async function signIn(h: Harness, email: string, authenticator: VirtualAuthenticator, remoteAddress?: string) {
  const { passkey, finishUrl } = await startLogin(h, email, authenticator);
  return h.call({ method: 'POST', url: finishUrl, payload: { passkey }, remoteAddress });
}

t.test('the identifier is locked after its failed sign-ins; 429 with Retry-After, then the window ends', async (t) => {
  const h = await build(t, { rateLimitIdentifier: 3, rateLimitWindowMs: 120_000 });
  const { authenticator } = await registerPasskey(h, ALICE.email);
  for (let i = 0; i < 3; i++) {
    const res = await failedSignIn(h, ALICE.email, authenticator);
    isError(t, res, 401, 'passkey_authentication_failed', /origin/);
  }
  // A ceremony started before the lock-out: its finish is refused without consuming the code.
  const pending = await startLogin(h, ALICE.email, authenticator).catch((e) => e);
  t.type(pending, Error, 'initiate is refused while locked');
  t.match(String(pending.message), /too_many_attempts/);

  const before = durableState(await h.state());
  const locked = await h.call({ url: paths.login({ client_id: 'cli_sandbox0000000000001', identifier: ALICE.email }) });
  isError(t, locked, 429, 'too_many_attempts', /identifier alice@example.com \(3 of 3 allowed.*retry after 120 s.*RATE_LIMITS=off/);
  t.equal(locked.headers['retry-after'], '120');
  t.same(durableState(await h.state()), before, 'a refused attempt changes nothing');

  const journal = (await h.call({ url: '/__sandbox/requests' })).body;
  t.match(journal.at(-1), { operation: 'initiatePasskeyLogin', status: 429, error: 'too_many_attempts', explanation: /3 failed sign-ins.*limit 3/ });

  // Another identifier is not affected.
  const bob = await registerPasskey(h, BOB.email);
  t.equal((await signIn(h, BOB.email, bob.authenticator)).status, 200, 'bob still signs in');

  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 60_000 } });
  const later = await h.call({ url: paths.login({ client_id: 'cli_sandbox0000000000001', identifier: ALICE.email }) });
  t.equal(later.headers['retry-after'], '60', 'Retry-After counts down with the sandbox clock');

  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 60_000 } });
  t.equal((await signIn(h, ALICE.email, authenticator)).status, 200, 'the window ended: alice signs in');
});

t.test('a locked finish does not consume its auth_code', async (t) => {
  const h = await build(t, { rateLimitIdentifier: 2, rateLimitWindowMs: 60_000 });
  const { authenticator } = await registerPasskey(h, ALICE.email);
  const ready = await startLogin(h, ALICE.email, authenticator);
  await failedSignIn(h, ALICE.email, authenticator);
  await failedSignIn(h, ALICE.email, authenticator);
  const refused = await h.call({ method: 'POST', url: ready.finishUrl, payload: { passkey: ready.passkey } });
  isError(t, refused, 429, 'too_many_attempts', /identifier alice@example.com/);
  t.ok(Number(refused.headers['retry-after']) >= 1);
  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 60_000 } });
  const done = await h.call({ method: 'POST', url: ready.finishUrl, payload: { passkey: ready.passkey } });
  t.equal(done.status, 200, 'the same auth_code still works once the window ended');
});

t.test('malformed requests are not attempts', async (t) => {
  const h = await build(t, { rateLimitIdentifier: 2 });
  const { authenticator } = await registerPasskey(h, ALICE.email);
  for (let i = 0; i < 5; i++) {
    const init = await h.call({ url: paths.login({ client_id: 'cli_sandbox0000000000001', identifier: ALICE.email }) });
    const url = paths.login({ client_id: 'cli_sandbox0000000000001', identifier: ALICE.email, auth_code: init.body.auth_code });
    isError(t, await h.call({ method: 'POST', url, payload: { passkey: '{not json' } }), 400, 'invalid_request_body', /passkey/);
    isError(t, await h.call({ method: 'POST', url, payload: { nope: 1 } }), 400, 'invalid_request_body', /passkey/);
    const bogus = paths.login({ client_id: 'cli_sandbox0000000000001', identifier: ALICE.email, auth_code: 'aaaaaaaaaaaaaaaaaaaaaaaa' });
    const unknown = await h.call({ method: 'POST', url: bogus, payload: { passkey: authenticator.getAssertion(init.body.publicKey, { origin: 'http://localhost:3000' }) } });
    t.equal(unknown.status, 400, 'an unknown auth_code is a bad request, not a verification');
  }
  t.equal((await signIn(h, ALICE.email, authenticator)).status, 200, 'still not locked');
});

t.test('the IP is locked after failures across identifiers; other IPs are not', async (t) => {
  const h = await build(t, { rateLimitIp: 4, rateLimitIdentifier: 100 });
  const { authenticator } = await registerPasskey(h, ALICE.email);
  for (let i = 0; i < 4; i++) {
    t.equal((await failedSignIn(h, `guess${i}@example.com`, authenticator, '10.1.1.1')).status, 401);
  }
  const locked = await failedSignIn(h, ALICE.email, authenticator, '10.1.1.1');
  isError(t, locked, 429, 'too_many_attempts', /IP address 10\.1\.1\.1 \(4 of 4/);
  t.equal(locked.headers['retry-after'], '900', 'default window: 15 minutes');
  t.equal((await signIn(h, ALICE.email, authenticator, '10.2.2.2')).status, 200, 'another IP signs in');
});

t.test('default limits: 30 failures per identifier, then 429', async (t) => {
  const h = await build(t);
  const { authenticator } = await registerPasskey(h, ALICE.email);
  for (let i = 0; i < 30; i++) {
    const res = await failedSignIn(h, ALICE.email, authenticator);
    if (res.status !== 401) t.fail(`attempt ${i + 1}: ${res.status}`);
  }
  isError(t, await failedSignIn(h, ALICE.email, authenticator), 429, 'too_many_attempts', /30 of 30 allowed in 15 minutes/);
});

t.test('RATE_LIMITS=off: failures never lock', async (t) => {
  const h = await build(t, { rateLimits: false, rateLimitIdentifier: 1, rateLimitIp: 1 });
  const { authenticator } = await registerPasskey(h, ALICE.email);
  for (let i = 0; i < 5; i++) t.equal((await failedSignIn(h, ALICE.email, authenticator)).status, 401);
  t.equal((await signIn(h, ALICE.email, authenticator)).status, 200);
});

t.test('reset lifts every lock', async (t) => {
  const h = await build(t, { rateLimitIdentifier: 1 });
  const { authenticator } = await registerPasskey(h, ALICE.email);
  await failedSignIn(h, ALICE.email, authenticator);
  t.equal((await failedSignIn(h, ALICE.email, authenticator)).status, 429);
  await h.call({ method: 'POST', url: '/__sandbox/reset', payload: {} });
  t.equal((await failedSignIn(h, ALICE.email, authenticator)).status, 401, 'counting starts again');
});
