// The demo page's "set up an authenticator app": SSOJet's MFA API for the selected user, as an
// app would call it after a first factor. MFA Access Token → MFA Enroll TOTP → QR Code Image
// → Validate MFA Token with the code the user's app shows (the first code activates the
// enrolment) → Get Backup Code. Shares demo.js's state and helpers (one module instance).
import { ApiError, api, run, show, state } from './demo.js';

const $ = (id) => document.getElementById(id);
const mfa = { bearer: null, qrUrl: null };

const mfaPath = (p) => `/api/v1/auth/mfa/${p}?${new URLSearchParams({ client_id: state.client.client_id })}`;

/** Back to the start: another user was selected, so the Bearer and the QR code are not theirs. */
function resetMfa() {
  mfa.bearer = null;
  if (mfa.qrUrl) URL.revokeObjectURL(mfa.qrUrl);
  mfa.qrUrl = null;
  $('mfa-step').hidden = true;
  $('mfa-backup').hidden = true;
  $('mfa-code').value = '';
}

/**
 * MFA Access Token takes the client secret, which belongs on an app's server; the demo page
 * reads it from the control API, as it signs users in with /__sandbox/sessions.
 */
async function mfaToken(identifier) {
  const clients = await api('sandboxListClients', 'GET', '/__sandbox/clients');
  const secret = clients.find((c) => c.client_id === state.client.client_id)?.client_secret;
  const { mfa_token } = await api('mfaAccessToken', 'POST', mfaPath('token'), { body: { identifier }, headers: { 'x-client-secret': secret } });
  return mfa_token;
}

/** The QR code is a PNG, not JSON: fetched with the Bearer and shown from a blob URL. */
async function qrCode() {
  const res = await fetch(mfaPath('qr-code'), { headers: { authorization: `Bearer ${mfa.bearer}` } });
  if (!res.ok) throw new ApiError('getMfaQrCode', res.status, await res.json().catch(() => null));
  return URL.createObjectURL(await res.blob());
}

async function setUp() {
  resetMfa();
  const email = state.user.email;
  mfa.bearer = await mfaToken(state.user.identifier ?? email);
  const { secret } = await api('enrollMfaTotp', 'POST', mfaPath('enroll'), { body: {}, bearer: mfa.bearer });
  mfa.qrUrl = await qrCode();
  const img = $('mfa-qr');
  await new Promise((resolve, reject) => { img.onload = resolve; img.onerror = () => reject(new Error('the QR code did not load')); img.src = mfa.qrUrl; });
  $('mfa-secret').textContent = secret;
  $('mfa-step').hidden = false;
  show('ok', `Scan the QR code with an authenticator app for ${email}, then enter the code it shows`);
}

async function verify() {
  const done = await api('validateMfaToken', 'POST', mfaPath('validate'), { body: { otp: $('mfa-code').value.trim() }, bearer: mfa.bearer });
  const { backup_codes } = await api('getMfaBackupCodes', 'GET', mfaPath('backupcode'), { bearer: mfa.bearer });
  $('mfa-step').hidden = true;
  $('mfa-backup-codes').textContent = backup_codes.join('\n');
  $('mfa-backup').hidden = false;
  show('ok', `Authenticator app set up for ${done.profile.email}: the code was accepted and the user is signed in with a second factor`);
}

$('mfa-setup').onclick = () => run('Setting up an authenticator app', setUp);
$('mfa-verify').onclick = () => run('Verifying the code', verify);
$('user-select').addEventListener('change', resetMfa);
