// A refused ceremony in a real browser: a client whose policy requires user verification
// (created with sandboxCreateClient), an authenticator that cannot verify the user. Chromium
// refuses navigator.credentials.create() itself (NotAllowedError) before anything reaches
// completePasskeyRegistration; the demo page says so in plain words. The control case (the same
// client, an authenticator with UV) registers and signs in, so the refusal is the UV's doing.
// Also exercised through the page: sandboxCreateUser, passkeyRegistrationInitialize, finishPasskeyAuthentication.
import t, { type Test } from 'tap';
import { act, heldCredentials, openBrowser, openDemo, outcome, passkeyRows, sandbox, skipReason } from './browser.js';

const skip = skipReason(t);

async function uvRequiredClient(t: Test, url: string): Promise<string> {
  const res = await fetch(`${url}/__sandbox/clients`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'UV required', policy: { user_verification: 'required' } }),
  });
  const client = await res.json() as { client_id: string; policy: { user_verification: string } };
  t.equal(res.status, 201);
  t.equal(client.policy.user_verification, 'required');
  return client.client_id;
}

/** Opens the demo page for the client, creates carol there and signs her in without a passkey. */
async function carolSignedIn(t: Test, page: Parameters<typeof act>[0], base: string, clientId: string) {
  await openDemo(page, base, clientId);
  t.match(await page.textContent('#client-info'), 'user verification required', 'the page shows the client\'s policy');
  await page.fill('#new-email', 'carol@example.com');
  await act(page, '#create-user');
  t.match(await outcome(page), { kind: 'ok', status: 'User carol@example.com created' });
  await act(page, '#session');
  t.match(await outcome(page), { kind: 'ok', status: 'Signed in as carol@example.com (sandbox session)' });
}

t.test('user verification required, authenticator without it: the page shows a clear refusal', { skip }, async (t) => {
  const sb = await sandbox(t);
  const clientId = await uvRequiredClient(t, sb.url);
  const b = await openBrowser(t, { uv: false });
  await carolSignedIn(t, b.page, sb.base, clientId);

  await act(b.page, '#register');
  const refused = await outcome(b.page);
  t.equal(refused.kind, 'bad');
  t.equal(refused.status, 'Registering a passkey failed in the browser: NotAllowedError');
  t.match(refused.explanation, 'This client\'s policy requires user verification (userVerification: "required")', 'the page explains the refusal');
  t.match(refused.explanation, 'cannot verify the user');
  t.same(await passkeyRows(b.page), [], 'no passkey');
  t.same(await heldCredentials(b), [], 'the authenticator made no credential');
  t.match(sb.requests({ client_id: clientId, operation: 'passkeyRegistrationInitialize' }), [{ status: 200 }], 'the page asked for options');
  t.same(sb.requests({ client_id: clientId, operation: 'completePasskeyRegistration' }), [], 'nothing reached SSOJet after the browser refused');
});

t.test('control: the same client with a user-verifying authenticator registers and signs in', { skip }, async (t) => {
  const sb = await sandbox(t);
  const clientId = await uvRequiredClient(t, sb.url);
  const b = await openBrowser(t, { uv: true });
  await carolSignedIn(t, b.page, sb.base, clientId);
  await act(b.page, '#register');
  t.match(await outcome(b.page), { kind: 'ok', status: /^Passkey registered/ });
  await act(b.page, '#login');
  t.match(await outcome(b.page), { kind: 'ok', status: 'Signed in with a passkey as carol@example.com' });
  t.match(sb.requests({ client_id: clientId, operation: 'finishPasskeyAuthentication' }), [{ status: 200 }], 'the sandbox required and found the UV flag');
});
