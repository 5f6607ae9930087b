import t from 'tap';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { build, DEFAULT_CLIENT, PINNED, type Harness } from '../helper.js';
import { authorizeQuery, codeForm, VERIFIER } from './lib/headless-flow.js';

// The sign-in page without a browser: its forms posted as a browser posts them (Host
// localhost:3000, so the page's origin is http://localhost:3000), its passkey calls made with
// the sandbox's virtual authenticator.
const HOST = 'localhost:3000';
const ORIGIN = `http://${HOST}`;
const FORM = { 'content-type': 'application/x-www-form-urlencoded', host: HOST };
const JSON_HOST = { host: HOST };
const NEW_USER = 'dana@example.com';

const cookieOf = (res: { headers: Record<string, unknown> }) => String(res.headers['set-cookie'] ?? '').split(';')[0];
const request = Object.fromEntries(authorizeQuery());

async function tokensFor(h: Harness, location: string) {
  const code = new URL(location).searchParams.get('code')!;
  const form = { ...(await codeForm(h, code)), code_verifier: VERIFIER };
  const res = await h.call({ method: 'POST', url: '/oidc/token', headers: FORM, payload: new URLSearchParams(form).toString() });
  t.equal(res.status, 200, 'the code exchanges for tokens');
  const jwks = createLocalJWKSet((await h.call({ url: '/oidc/.well-known/jwks.json' })).body);
  return (await jwtVerify(res.body.id_token, jwks, { issuer: `${ORIGIN}/oidc`, audience: DEFAULT_CLIENT, currentDate: new Date(PINNED) })).payload;
}

t.test('emailed code, then a passkey added, signed out, and signed in with the passkey: amr says how', async (t) => {
  const h = await build(t);
  const page = await h.call({ url: `/oidc/authorize?${new URLSearchParams(authorizeQuery())}`, headers: JSON_HOST });
  t.equal(page.status, 200);
  t.match(page.body, /<label for="email">Email address<\/label>/, 'the email field is labelled');
  t.match(page.body, /action="http:\/\/localhost:3000\/oidc\/sign-in\/email"/, 'the form posts under the issuer the page was served on');

  const sent = await h.call({ method: 'POST', url: '/oidc/sign-in/email', headers: FORM, payload: new URLSearchParams({ ...request, email: NEW_USER }).toString() });
  t.equal(sent.status, 200);
  const [message] = h.services.outbox.list({ to: NEW_USER });
  t.match(message, { kind: 'email_otp', code: /^\d{6}$/ }, 'the code is in the outbox');
  const otpState = /name="otp_state" value="([^"]+)"/.exec(sent.body)![1];

  const wrong = await h.call({ method: 'POST', url: '/oidc/sign-in/email/verify', headers: FORM, payload: new URLSearchParams({ ...request, email: NEW_USER, otp_state: otpState, code: '000000' === message.code ? '111111' : '000000' }).toString() });
  t.equal(wrong.status, 400, 'a wrong code: the page again, 400');
  t.match(wrong.body, /role="alert"[^>]*>The code \d+ is wrong: it is not the code of send 1 of state [0-9a-f]{24} \(sent to dana@example.com\); wrong code 1 of 5/);
  t.match(wrong.body, /aria-invalid="true" aria-describedby="problem"/, 'the field points at the problem');

  const verified = await h.call({ method: 'POST', url: '/oidc/sign-in/email/verify', headers: FORM, payload: new URLSearchParams({ ...request, email: NEW_USER, otp_state: otpState, code: message.code! }).toString() });
  t.equal(verified.status, 200);
  t.match(verified.body, /Add a passkey/, 'the offer to add a passkey');
  const cookie = cookieOf(verified);
  t.ok(cookie, 'a session cookie');

  const authenticator = new VirtualAuthenticator({ alg: -7 });
  const creation = await h.call({ method: 'POST', url: '/oidc/sign-in/passkey/register/options', headers: { ...JSON_HOST, cookie }, payload: { request } });
  t.equal(creation.status, 200);
  t.match(creation.body.publicKey, { rp: { id: 'localhost' }, user: { name: NEW_USER }, authenticatorSelection: { residentKey: 'required' } });
  const attestation = authenticator.createCredential(creation.body.publicKey, { origin: ORIGIN });
  const stored = await h.call({ method: 'POST', url: '/oidc/sign-in/passkey/register', headers: { ...JSON_HOST, cookie }, payload: { request, auth_code: creation.body.auth_code, passkey: attestation } });
  t.same(stored.body, { status: 'success', message: 'Passkey registered successfully' });

  const onward = /<a id="continue" href="([^"]+)"/.exec(verified.body)![1].replace(/&amp;/g, '&');
  const back = await h.call({ url: new URL(onward).pathname + new URL(onward).search, headers: { ...JSON_HOST, cookie } });
  t.equal(back.status, 302, 'Continue answers at once with the session');
  t.match(await tokensFor(h, String(back.headers.location)), { amr: ['otp'], email: NEW_USER, email_verified: true });

  const out = await h.call({ url: `/oidc/logout?client_id=${DEFAULT_CLIENT}`, headers: { ...JSON_HOST, cookie } });
  t.equal(out.status, 200);
  const silent = await h.call({ url: `/oidc/authorize?${new URLSearchParams([...authorizeQuery(), ['prompt', 'none']])}`, headers: { ...JSON_HOST, cookie } });
  t.equal(new URL(String(silent.headers.location)).searchParams.get('error'), 'login_required', 'signed out');

  const options = await h.call({ method: 'POST', url: '/oidc/sign-in/passkey/options', headers: JSON_HOST, payload: { request } });
  t.match(options.body.publicKey, { rpId: 'localhost' });
  t.notOk(options.body.publicKey.allowCredentials, 'no identifier, no allowCredentials: a discoverable credential');
  const assertion = authenticator.getAssertion(options.body.publicKey, { origin: ORIGIN });
  const signedIn = await h.call({ method: 'POST', url: '/oidc/sign-in/passkey', headers: JSON_HOST, payload: { request, auth_code: options.body.auth_code, passkey: assertion } });
  t.equal(signedIn.status, 200);
  t.match(await tokensFor(h, signedIn.body.redirect), { amr: ['hwk', 'user'], email: NEW_USER });
  const again = await h.call({ url: `/oidc/authorize?${new URLSearchParams([...authorizeQuery(), ['prompt', 'none']])}`, headers: { ...JSON_HOST, cookie: cookieOf(signedIn) } });
  t.ok(new URL(String(again.headers.location)).searchParams.get('code'), 'prompt=none answers at once');
  const logs = (await h.call({ url: '/__sandbox/state' })).body.login_logs.filter((l: { method: string }) => l.method === 'oidc');
  t.equal(logs.length, 2, 'one login log per sign-in (code, passkey)');
});

t.test('the page refuses what it cannot serve: a bad email, a step without its client, registration without a session', async (t) => {
  const h = await build(t);
  const bad = await h.call({ method: 'POST', url: '/oidc/sign-in/email', headers: FORM, payload: new URLSearchParams({ ...request, email: 'not-an-email' }).toString() });
  t.equal(bad.status, 400);
  t.match(bad.body, /is not an email address/);
  const noClient = await h.call({ method: 'POST', url: '/oidc/sign-in/email', headers: FORM, payload: 'email=a%40example.com' });
  t.equal(noClient.status, 400);
  t.match(noClient.body, /client_id is missing/);
  t.equal(noClient.headers.location, undefined, 'no redirect');
  const noSession = await h.call({ method: 'POST', url: '/oidc/sign-in/passkey/register/options', headers: JSON_HOST, payload: { request } });
  t.equal(noSession.status, 401);
  t.match(noSession.body.error_description, /no live sign-in session/);
  t.equal(h.services.outbox.list({}).length, 0, 'nothing was sent');
});
