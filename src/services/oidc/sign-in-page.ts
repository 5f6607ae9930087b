import type { Client, User } from '../../store/types.js';
import { escapeHtml, page } from './oidc-pages.js';

/** The authorization request's own parameters: what the page's forms carry from step to step. */
export const AUTHORIZE_PARAMS = ['client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method', 'prompt', 'login_hint', 'max_age'] as const;
export type AuthorizeParams = Partial<Record<(typeof AUTHORIZE_PARAMS)[number], string>>;

/** Just the authorization request's parameters of a query or form (a value sent twice keeps its first). */
export function authorizeParams(fields: Record<string, unknown>): AuthorizeParams {
  const out: AuthorizeParams = {};
  for (const name of AUTHORIZE_PARAMS) {
    const value = [fields[name]].flat()[0];
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

const hidden = (q: AuthorizeParams, id?: string) => `<form${id ? ` id="${id}"` : ''} hidden>${Object.entries(q)
  .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value!)}">`).join('')}</form>`;
const fields = (q: AuthorizeParams) => Object.entries(q).map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value!)}">`).join('\n');
const alert = (error?: string) => (error ? `<p class="error" role="alert" id="problem">${escapeHtml(error)}</p>` : '');
const scripts = (issuer: string) => `<script src="${issuer}/sign-in/assets/simplewebauthn-browser.js"></script>\n<script src="${issuer}/sign-in/assets/sign-in.js"></script>`;
const status = '<p id="status" role="status" aria-live="polite"></p>';
const invalid = (error?: string) => (error ? ' aria-invalid="true" aria-describedby="problem"' : '');

/**
 * The page /authorize shows when no session, queued login or OIDC_LOGIN=auto answers: "Sign in
 * with a passkey" (a discoverable-credential ceremony, so no identifier is typed; it needs
 * JavaScript) and "Email me a code", a plain form that works without JavaScript. The
 * authorization request rides along in hidden fields, so each way finishes the same request.
 */
export function signInPage(client: Client, issuer: string, q: AuthorizeParams, error?: string): string {
  return page(`Sign in to ${client.name}`, `<h1>Sign in to ${escapeHtml(client.name)}</h1>
${alert(error)}
${hidden(q, 'authorize-request')}
<section aria-labelledby="with-passkey">
<h2 id="with-passkey">With a passkey</h2>
<button type="button" id="passkey-sign-in">Sign in with a passkey</button>
<noscript><p>Signing in with a passkey needs JavaScript; use an emailed code below.</p></noscript>
${status}
</section>
<section aria-labelledby="with-code">
<h2 id="with-code">With an emailed code</h2>
<form method="post" action="${issuer}/sign-in/email">
${fields(q)}
<label for="email">Email address</label>
<input id="email" name="email" type="email" autocomplete="username webauthn" required autofocus value="${escapeHtml(q.login_hint ?? '')}"${invalid(error)}>
<button type="submit">Email me a code</button>
</form>
</section>
<section aria-labelledby="headless">
<h2 id="headless">Signing in from a test</h2>
<p>Queue a sign-in with <code>POST /__sandbox/oidc/login {"client_id": "${escapeHtml(client.client_id)}", "identifier": "alice@example.com"}</code>,
or start the sandbox with <code>OIDC_LOGIN=auto</code> and send <code>login_hint</code>; then reload this page.</p>
</section>
${scripts(issuer)}`, issuer);
}

/** After "Email me a code": where to type it. The code is in the outbox (and the log without the control API). */
export function codePage(client: Client, issuer: string, q: AuthorizeParams, email: string, otpState: string, error?: string): string {
  return page(`Enter your code · ${client.name}`, `<h1>Enter the code we emailed you</h1>
${alert(error)}
<p>A code was sent to <strong>${escapeHtml(email)}</strong>. In the sandbox, emails land in the outbox: <a href="/__sandbox/outbox/view" target="_blank" rel="noopener">open the outbox</a>.</p>
<form method="post" action="${issuer}/sign-in/email/verify">
${fields(q)}
<input type="hidden" name="otp_state" value="${escapeHtml(otpState)}">
<input type="hidden" name="email" value="${escapeHtml(email)}">
<label for="code">Code</label>
<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required autofocus${invalid(error)}>
<button type="submit">Sign in</button>
</form>`, issuer);
}

/** Signed in by code: the offer to add a passkey, and the way on to the app (a link, so it works without JavaScript). */
export function offerPage(client: Client, issuer: string, q: AuthorizeParams, user: User): string {
  const onward = new URLSearchParams(Object.entries(q).filter(([name]) => name !== 'prompt') as [string, string][]);
  return page(`Signed in · ${client.name}`, `<h1>You are signed in</h1>
<p>Signed in as <strong>${escapeHtml(user.email)}</strong> with an emailed code.</p>
${hidden(q, 'authorize-request')}
<section aria-labelledby="offer">
<h2 id="offer">Sign in faster next time</h2>
<p>Add a passkey, and next time sign in with your fingerprint, face or screen lock instead of a code.</p>
<button type="button" id="add-passkey" autofocus>Add a passkey</button>
${status}
</section>
<p><a id="continue" href="${issuer}/authorize?${escapeHtml(onward.toString())}">Continue to ${escapeHtml(client.name)}</a></p>
${scripts(issuer)}`, issuer);
}
