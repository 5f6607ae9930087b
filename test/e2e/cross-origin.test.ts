// CORS in a real browser: a page served on another localhost port calls SSOJet's API on the
// sandbox cross-origin (initiatePasskeyLogin, finishPasskeyAuthentication: a POST with JSON,
// so Chromium sends a preflight first), and a client that does not allow that origin gets no
// grant, so the browser keeps the response from the page (checkPasskeyAuthStatus).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import t, { type Test } from 'tap';
import { ALICE, DEFAULT_CLIENT } from '../helper.js';
import { act, openBrowser, openDemo, passkeyRows, sandbox, skipReason } from './browser.js';

const skip = skipReason(t);

/** A tiny app on its own port: loads the sandbox's @simplewebauthn/browser bundle, signs in cross-origin. */
async function otherApp(t: Test, sandboxBase: string): Promise<string> {
  const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script src="${sandboxBase}/__sandbox/demo/simplewebauthn-browser.js"></script>
<script>
const API = ${JSON.stringify(sandboxBase)} + '/api/v1/auth/passwordless/passkey';
async function signIn(clientId, identifier) {
  const q = new URLSearchParams({ client_id: clientId, identifier });
  const start = await (await fetch(API + '/login?' + q)).json();
  const passkey = await SimpleWebAuthnBrowser.startAuthentication({ optionsJSON: start.publicKey });
  q.set('auth_code', start.auth_code);
  const res = await fetch(API + '/login?' + q, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ passkey }) });
  return { status: res.status, body: await res.json() };
}
function readStatus(clientId) {
  return fetch(API + '/status?' + new URLSearchParams({ client_id: clientId, identifier: 'alice@example.com' }))
    .then((res) => 'read ' + res.status, (err) => 'blocked: ' + err.name);
}
</script></head><body><h1>another app</h1></body></html>`;
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections(); // the browser may still hold keep-alive connections
  }));
  return `http://localhost:${(server.address() as AddressInfo).port}`;
}

t.test('a page on another localhost port signs in with a passkey by calling the API cross-origin', { skip }, async (t) => {
  const sb = await sandbox(t);
  const b = await openBrowser(t);
  // The passkey is registered through the demo page (same browser, same authenticator).
  await openDemo(b.page, sb.base);
  await act(b.page, '#session');
  await act(b.page, '#register');
  t.equal((await passkeyRows(b.page)).length, 1, 'a passkey was registered on the demo page');

  const other = await otherApp(t, sb.base);
  t.not(new URL(other).port, String(sb.port), 'the app is another origin than the sandbox');
  await b.page.goto(other);
  const result = await b.page.evaluate(`signIn(${JSON.stringify(DEFAULT_CLIENT)}, 'alice@example.com')`) as { status: number; body: { user_id?: string; token?: string } };
  t.equal(result.status, 200, 'the browser let the page read SSOJet\'s answer');
  t.equal(result.body.user_id, ALICE.user_id);
  t.type(result.body.token, 'string', 'and the token');
  const [finish] = sb.requests({ operation: 'finishPasskeyAuthentication' });
  t.match(finish, { status: 200, client_id: DEFAULT_CLIENT }, 'the sandbox verified an assertion made on the other origin');
});

t.test('a client that does not allow the page\'s origin gets no CORS grant: the browser blocks the call', { skip }, async (t) => {
  const sb = await sandbox(t);
  const created = await fetch(`${sb.url}/__sandbox/clients`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'sandbox-origin-only', origins: [`http://localhost:${sb.port}`] }),
  });
  const client = await created.json() as { client_id: string };
  t.equal(created.status, 201);
  const b = await openBrowser(t);
  await b.page.goto(await otherApp(t, sb.base));

  t.equal(await b.page.evaluate(`readStatus(${JSON.stringify(DEFAULT_CLIENT)})`), 'read 200', 'the default client allows any localhost port');
  t.equal(await b.page.evaluate(`readStatus(${JSON.stringify(client.client_id)})`), 'blocked: TypeError', 'the other client does not allow this origin: the browser blocks the response');
  const seen = sb.requests({ operation: 'checkPasskeyAuthStatus', client_id: client.client_id });
  t.match(seen, [{ status: 200 }], 'the sandbox answered (a simple GET needs no preflight); only the browser withheld it');
});
