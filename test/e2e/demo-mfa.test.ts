// The demo page's "set up an authenticator app" in a real browser (Debian's Chromium): the page
// shows the QR code, the test plays the authenticator app (the secret from the control API,
// the code computed by otpauth at the sandbox clock) and enrolment completes. Operations
// exercised through the page: sandboxListClients, mfaAccessToken, enrollMfaTotp, getMfaQrCode,
// validateMfaToken, getMfaBackupCodes.
import { Secret, TOTP } from 'otpauth';
import t from 'tap';
import { decodeQr } from '../decode-qr.js';
import { ALICE, DEFAULT_CLIENT } from '../helper.js';
import { act, openBrowser, openDemo, outcome, sandbox, skipReason } from './browser.js';

const skip = skipReason(t);

t.test('the demo page shows the QR code, and a code computed from the secret completes the enrolment', { skip }, async (t) => {
  const sb = await sandbox(t);
  const b = await openBrowser(t);
  const pageErrors: string[] = [];
  b.page.on('pageerror', (e) => pageErrors.push(e.message));
  await openDemo(b.page, sb.base);

  await act(b.page, '#mfa-setup');
  t.match(await outcome(b.page), { kind: 'ok', status: 'Scan the QR code with an authenticator app for alice@example.com, then enter the code it shows' });
  const totp = await (await fetch(`${sb.url}/__sandbox/mfa/totp?client_id=${DEFAULT_CLIENT}&user_id=${ALICE.user_id}`)).json() as { secret: string };
  t.equal(await b.page.textContent('#mfa-secret'), totp.secret, 'the page shows the key the control API reads');

  // What a phone camera sees: the picture as the browser drew it.
  const decoded = decodeQr(await b.page.locator('#mfa-qr').screenshot());
  t.equal(decoded, `otpauth://totp/ssojet-sandbox:alice%40example.com?secret=${totp.secret}&issuer=ssojet-sandbox&algorithm=SHA1&digits=6&period=30`, 'the QR code on the page carries the otpauth URI');

  const { now } = await (await fetch(`${sb.url}/__sandbox/clock`)).json() as { now: string };
  const code = new TOTP({ secret: Secret.fromBase32(totp.secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: Date.parse(now) });
  await b.page.fill('#mfa-code', code);
  await act(b.page, '#mfa-verify');
  t.match(await outcome(b.page), { kind: 'ok', status: 'Authenticator app set up for alice@example.com: the code was accepted and the user is signed in with a second factor', explanation: null });
  const [enrollment] = await sb.built.services.store.listRecords('mfa_enrollments', DEFAULT_CLIENT, ALICE.user_id);
  t.equal(enrollment?.active, true, 'the sandbox activated the enrolment');
  const shown = (await b.page.textContent('#mfa-backup-codes'))!.split('\n');
  t.equal(shown.length, 10, 'the page lists the ten backup codes');
  t.same(shown, (await sb.built.services.store.getRecord('mfa_backup_codes', DEFAULT_CLIENT, ALICE.user_id))?.codes, 'the codes the sandbox made');
  t.match(sb.requests({ operation: 'validateMfaToken' })[0], { status: 200, client_id: DEFAULT_CLIENT });
  t.same(pageErrors, [], 'no script error on the page');
});

t.test('a wrong code on the demo page shows SSOJet\'s refusal and the enrolment stays pending', { skip }, async (t) => {
  const sb = await sandbox(t);
  const b = await openBrowser(t);
  await openDemo(b.page, sb.base);
  await act(b.page, '#mfa-setup');
  const { code } = await (await fetch(`${sb.url}/__sandbox/mfa/totp?client_id=${DEFAULT_CLIENT}&user_id=${ALICE.user_id}`)).json() as { code: string };
  await b.page.fill('#mfa-code', code === '000000' ? '111111' : '000000');
  await act(b.page, '#mfa-verify');
  const refused = await outcome(b.page);
  t.equal(refused.kind, 'bad');
  t.match(refused.status, /^Verifying the code failed: The code .* is wrong/);
  t.match(JSON.parse(refused.envelope ?? 'null'), { error: 'invalid_otp', error_code: 2212 });
  const [enrollment] = await sb.built.services.store.listRecords('mfa_enrollments', DEFAULT_CLIENT, ALICE.user_id);
  t.equal(enrollment?.active, false, 'still pending');
  t.equal(await b.page.isVisible('#mfa-code'), true, 'the page still asks for a code');
});
