// The demo page in a real browser (Debian's Chromium, CDP virtual authenticator): register a
// passkey and sign in with it; delete it and fail to sign in. Operations exercised through the
// page: sandboxDemo, sandboxDemoAsset, sandboxCreateSession, passkeyRegistrationInitialize,
// completePasskeyRegistration, listPasskeyCredentials, updatePasskeyName, deletePasskey,
// initiatePasskeyLogin, finishPasskeyAuthentication.
// DEMO_SCREENSHOT=docs/demo-signed-in.png also saves the page after the sign-in.
import t from 'tap';
import { ALICE, DEFAULT_CLIENT } from '../helper.js';
import { act, heldCredentials, openBrowser, openDemo, outcome, passkeyRows, sandbox, skipReason } from './browser.js';

const skip = skipReason(t);
const b64url = (b64: string) => b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

t.test('register a passkey on the demo page, rename it, then sign in with it', { skip }, async (t) => {
  const sb = await sandbox(t);
  const b = await openBrowser(t);
  const pageErrors: string[] = [];
  b.page.on('pageerror', (e) => pageErrors.push(e.message));
  await openDemo(b.page, sb.base);

  await act(b.page, '#session');
  t.match(await outcome(b.page), { kind: 'ok', status: 'Signed in as alice@example.com (sandbox session)' });

  await act(b.page, '#register');
  t.match(await outcome(b.page), { kind: 'ok', status: /^Passkey registered/ }, 'the page says the passkey is registered');
  const rows = await passkeyRows(b.page);
  t.equal(rows.length, 1, 'the page lists one passkey');
  const held = await heldCredentials(b);
  t.equal(held.length, 1, 'the browser\'s authenticator holds one credential');
  t.equal(held[0].rpId, 'localhost');
  t.equal(rows[0], b64url(held[0].credentialId), 'the listed passkey is the one the browser created');
  const stored = await sb.built.services.store.listCredentials(DEFAULT_CLIENT, ALICE.user_id);
  t.same(stored.map((c) => c.id), rows, 'SSOJet (the sandbox) stored that credential for alice');

  await b.page.fill('tr.passkey input', 'Laptop');
  await act(b.page, 'tr.passkey button.rename');
  t.match(await outcome(b.page), { kind: 'ok', status: 'Passkey renamed to "Laptop"' });
  t.equal((await sb.built.services.store.listCredentials(DEFAULT_CLIENT, ALICE.user_id))[0].Name, 'Laptop');

  await act(b.page, '#login');
  const signedIn = await outcome(b.page);
  t.match(signedIn, { kind: 'ok', status: 'Signed in with a passkey as alice@example.com', explanation: null });
  const claims = JSON.parse(signedIn.claims ?? 'null');
  t.match(claims, { sub: ALICE.user_id, aud: DEFAULT_CLIENT, client_id: DEFAULT_CLIENT, iss: `http://localhost:${sb.port}` }, 'the page shows the token\'s claims');
  const [finish] = sb.requests({ operation: 'finishPasskeyAuthentication' });
  t.match(finish, { status: 200, client_id: DEFAULT_CLIENT }, 'the sandbox verified the browser\'s assertion');
  t.equal((await heldCredentials(b))[0].signCount, 2, 'the authenticator signed twice (registration, sign-in)');
  t.same(pageErrors, [], 'no script error on the page');

  if (process.env.DEMO_SCREENSHOT) await b.page.screenshot({ path: process.env.DEMO_SCREENSHOT, fullPage: true });
});

t.test('a passkey deleted on the page no longer signs in: the page shows SSOJet\'s refusal and the journal\'s explanation', { skip }, async (t) => {
  const sb = await sandbox(t);
  const b = await openBrowser(t);
  await openDemo(b.page, sb.base);
  await act(b.page, '#session');
  await act(b.page, '#register');
  const [id] = await passkeyRows(b.page);
  t.ok(id, 'a passkey was registered');

  await act(b.page, 'tr.passkey button.delete');
  t.match(await outcome(b.page), { kind: 'ok', status: /^Passkey deleted/ });
  t.same(await passkeyRows(b.page), [], 'the page lists no passkey');
  t.same(await sb.built.services.store.listCredentials(DEFAULT_CLIENT, ALICE.user_id), [], 'the sandbox forgot it');
  t.equal((await heldCredentials(b)).length, 1, 'the browser\'s authenticator still holds it, and will offer it');

  await act(b.page, '#login');
  const refused = await outcome(b.page);
  t.equal(refused.kind, 'bad');
  t.match(refused.status, /^Signing in with a passkey failed: /);
  t.match(JSON.parse(refused.envelope ?? 'null'), { error: 'passkey_authentication_failed' }, 'the page shows SSOJet\'s error envelope');
  t.match(refused.explanation, `credential ${id} is not registered for identifier alice@example.com`, 'and the journal\'s explanation');
  const [finish] = sb.requests({ operation: 'finishPasskeyAuthentication' });
  t.match(finish, { status: 401, error: 'passkey_authentication_failed' }, 'the sandbox refused the assertion itself');
});

t.test('the real path on the demo page: email me a code, signed in, add a passkey, sign out, sign in with the passkey', { skip }, async (t) => {
  const sb = await sandbox(t);
  const b = await openBrowser(t);
  const pageErrors: string[] = [];
  b.page.on('pageerror', (e) => pageErrors.push(e.message));
  await openDemo(b.page, sb.base);

  await b.page.fill('#otp-email', 'carol@example.com');
  await act(b.page, '#otp-send');
  t.match(await outcome(b.page), { kind: 'ok', status: /^A code was emailed to carol@example.com/ });
  const [message] = sb.built.services.outbox.list({ to: 'carol@example.com' });
  t.match(message, { kind: 'email_otp', code: /^[0-9]{6}$/ });
  t.equal(await b.page.textContent('#otp-inbox'), message.code, 'the page shows the code the outbox received');

  await act(b.page, '#otp-verify');
  t.match(await outcome(b.page), { kind: 'ok', status: 'Signed in with an emailed code as carol@example.com (connection_type email_otp)' });
  const carol = await sb.built.services.store.findUserByIdentifier(DEFAULT_CLIENT, 'carol@example.com');
  t.match(carol, { connection_type: 'email_otp', email_verified: true }, 'the first sign-in created carol');
  t.equal(await b.page.inputValue('#user-select'), carol!.user_id, 'the page selected the new user');

  await act(b.page, '#register');
  t.match(await outcome(b.page), { kind: 'ok', status: /^Passkey registered/ });
  t.equal((await sb.built.services.store.listCredentials(DEFAULT_CLIENT, carol!.user_id)).length, 1, 'carol has a passkey');

  await act(b.page, '#sign-out');
  t.match(await outcome(b.page), { kind: 'ok', status: /^Signed out/ });
  t.ok(await b.page.isDisabled('#register'), 'signed out, the page cannot register');

  await act(b.page, '#login');
  const signedIn = await outcome(b.page);
  t.match(signedIn, { kind: 'ok', status: 'Signed in with a passkey as carol@example.com' });
  t.match(JSON.parse(signedIn.claims ?? 'null'), { sub: carol!.user_id });
  t.same(sb.requests({ operation: 'verifyEmailOtp' }).map((r) => r.status), [200], 'the code was verified by SSOJet\'s endpoint');
  t.same(pageErrors, [], 'no script error on the page');
});
