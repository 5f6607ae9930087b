import type { Client } from '../../store/types.js';
import { escapeHtml, page } from './oidc-pages.js';

/**
 * The sign-in page /authorize shows when no session, queued login or OIDC_LOGIN=auto answers.
 * The authorization request rides along in hidden fields, so the page's forms finish the same
 * request whatever way the user signs in.
 */
export function signInPage(client: Client, issuer: string, query: Record<string, string | undefined>): string {
  const hidden = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  return page(`Sign in to ${client.name}`, `<h1>Sign in to ${escapeHtml(client.name)}</h1>
<p>This is the ssojet-sandbox sign-in page of issuer <code>${escapeHtml(issuer)}</code>.</p>
<form id="authorize-request" method="get" action="authorize">
${hidden}
</form>
<section aria-labelledby="headless">
<h2 id="headless">Signing in from a test</h2>
<p>Queue a sign-in with <code>POST /__sandbox/oidc/login {"client_id": "${escapeHtml(client.client_id)}", "identifier": "alice@example.com"}</code>,
or start the sandbox with <code>OIDC_LOGIN=auto</code> and send <code>login_hint</code>; then reload this page.</p>
</section>`);
}
