// The demo page's "email me a code": the real first sign-in, without the sandbox's session
// shortcut. Email a Magic Auth Code → the code, awaited from the sandbox's outbox (its long
// poll, as a mail catcher shows it) → Verify Magic Auth Code → signed in with its Bearer, a
// new user if the address was new. Shares demo.js's state and helpers (one module instance).
import { api, loadUsers, renderPasskeys, renderWho, run, show, state } from './demo.js';

const $ = (id) => document.getElementById(id);
const otp = { state: null };
const path = (p) => `/api/v1/auth/passwordless/${p}?${new URLSearchParams({ client_id: state.client.client_id })}`;

async function sendCode() {
  const email = $('otp-email').value.trim() || state.user?.email;
  const sent = await api('sendEmailOtp', 'POST', path('magic-otp/send'), { body: { email } });
  otp.state = sent.state;
  // The long poll answers as soon as the message is in the outbox (it already is: the send delivered it).
  const message = await api('sandboxNextOutboxMessage', 'GET', `/__sandbox/outbox/next?${new URLSearchParams({ state: sent.state, timeout_ms: '5000' })}`);
  $('otp-inbox').textContent = message.code;
  $('otp-code').value = message.code;
  $('otp-step').hidden = false;
  show('ok', `A code was emailed to ${email} (state ${sent.state}); the outbox shows it beside the field`);
}

async function verifyCode() {
  const result = await api('verifyEmailOtp', 'POST', path('email-otp/verify'), { body: { state: otp.state, otp: $('otp-code').value.trim() } });
  await loadUsers(result.profile.id);
  state.bearer = result.access_token;
  state.how = 'with an emailed code';
  renderWho();
  $('otp-step').hidden = true;
  show('ok', `Signed in with an emailed code as ${result.profile.email} (connection_type ${result.profile.connection_type})`);
  await renderPasskeys();
}

function signOut() {
  state.bearer = null;
  state.how = null;
  renderWho();
  show('ok', 'Signed out (the page forgot its Bearer)');
  return renderPasskeys();
}

$('otp-send').onclick = () => run('Emailing a code', sendCode);
$('otp-verify').onclick = () => run('Signing in with the code', verifyCode);
$('sign-out').onclick = () => run('Signing out', signOut);
