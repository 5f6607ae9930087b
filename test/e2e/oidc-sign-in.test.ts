// The OIDC sign-in page in a real browser (Debian's Chromium, CDP virtual authenticator), driven
// by the keyboard where a user would type: an emailed code, then a passkey added on the offer,
// sign out, sign in with the passkey (discoverable, no identifier), and prompt=none answering at
// once. Operations exercised through the page: oidcAuthorize, oidcSignInAsset, oidcSignInEmail,
// oidcSignInEmailVerify, oidcPasskeyRegisterOptions, oidcPasskeyRegister, oidcLogout,
// oidcPasskeyOptions, oidcPasskeySignIn, oidcToken.
import t from 'tap';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { DEFAULT_CLIENT } from '../helper.js';
import { CHALLENGE, VERIFIER } from '../oidc/lib/headless-flow.js';
import { heldCredentials, openBrowser, sandbox, skipReason, WAIT_MS } from './browser.js';

const skip = skipReason(t);
const EMAIL = 'erin@example.com';

t.test('emailed code, add a passkey, sign out, sign in with the passkey: amr says hwk, and prompt=none answers at once', { skip }, async (t) => {
  const sb = await sandbox(t);
  const b = await openBrowser(t);
  const pageErrors: string[] = [];
  b.page.on('pageerror', (e) => pageErrors.push(e.message));
  const callback = `${sb.base}/app/callback`;
  const authorizeUrl = (extra: Record<string, string> = {}) => `${sb.base}/oidc/authorize?${new URLSearchParams({
    client_id: DEFAULT_CLIENT, redirect_uri: callback, response_type: 'code', scope: 'openid email profile',
    state: 'e2e-state', nonce: 'e2e-nonce', code_challenge: CHALLENGE, code_challenge_method: 'S256', ...extra,
  })}`;
  const secret = (await (await fetch(`${sb.url}/__sandbox/clients`)).json() as Array<{ client_secret: string }>)[0].client_secret;
  const jwks = createLocalJWKSet(await (await fetch(`${sb.url}/oidc/.well-known/jwks.json`)).json() as never);
  /** The id_token the app gets for the code the browser came back with, its signature verified. */
  const idTokenFor = async (url: string) => {
    const back = new URL(url);
    t.equal(back.searchParams.get('state'), 'e2e-state', 'state comes back');
    const res = await fetch(`${sb.base}/oidc/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: callback, code_verifier: VERIFIER, client_id: DEFAULT_CLIENT, client_secret: secret }),
    });
    t.equal(res.status, 200, 'the code exchanges for tokens');
    const { id_token } = await res.json() as { id_token: string };
    return (await jwtVerify(id_token, jwks, { issuer: `${sb.base}/oidc`, audience: DEFAULT_CLIENT, currentDate: new Date('2026-01-01T00:00:00Z') })).payload;
  };
  const focused = () => b.page.evaluate('document.activeElement && document.activeElement.id');

  await b.page.goto(authorizeUrl());
  t.equal(await focused(), 'email', 'the email field has the focus');
  await b.page.keyboard.type(EMAIL);
  await Promise.all([b.page.waitForURL('**/oidc/sign-in/email'), b.page.keyboard.press('Enter')]);
  const message = await sb.outbox.next({ to: EMAIL }, { timeoutMs: WAIT_MS });
  t.match(message, { kind: 'email_otp', code: /^\d{6}$/ }, 'the code was emailed (the outbox)');
  t.equal(await focused(), 'code', 'the code field has the focus');
  await b.page.keyboard.type(message!.code!);
  await Promise.all([b.page.waitForURL('**/oidc/sign-in/email/verify'), b.page.keyboard.press('Enter')]);
  t.equal(await focused(), 'add-passkey', 'the offer to add a passkey has the focus');

  await b.page.keyboard.press('Enter');
  await b.page.waitForFunction("document.getElementById('status').textContent.startsWith('Passkey added')", undefined, { timeout: WAIT_MS });
  t.equal(await focused(), 'continue', 'then the way on to the app has the focus');
  const held = await heldCredentials(b);
  t.equal(held.length, 1, 'the browser holds one passkey');
  t.equal(held[0].rpId, 'localhost', 'for the page\'s host');
  const user = (await sb.built.services.store.findUserByIdentifier(DEFAULT_CLIENT, EMAIL))!;
  t.equal((await sb.built.services.store.listCredentials(DEFAULT_CLIENT, user.user_id)).length, 1, 'the sandbox stored it as the user\'s passkey');

  await Promise.all([b.page.waitForURL(`${callback}?**`), b.page.keyboard.press('Enter')]);
  t.match(await idTokenFor(b.page.url()), { sub: user.user_id, amr: ['otp'], nonce: 'e2e-nonce', email: EMAIL }, 'signed in by the emailed code');

  await b.page.goto(`${sb.base}/oidc/logout?client_id=${DEFAULT_CLIENT}`);
  t.match(await b.page.textContent('h1'), 'Signed out');

  await b.page.goto(authorizeUrl());
  t.match(await b.page.textContent('h1'), /^Sign in to/, 'signed out: the sign-in page again');
  await Promise.all([b.page.waitForURL(`${callback}?**`), b.page.click('#passkey-sign-in')]);
  t.match(await idTokenFor(b.page.url()), { sub: user.user_id, amr: ['hwk', 'user'] }, 'signed in with the passkey, user verified');
  t.equal((await heldCredentials(b))[0].signCount, 2, 'the authenticator signed twice (registration, sign-in)');

  const before = sb.requests({ operation: 'oidcAuthorize' } as never).length;
  await b.page.goto(authorizeUrl({ prompt: 'none' }));
  t.match(b.page.url(), /^http:\/\/localhost:\d+\/app\/callback\?code=/, 'prompt=none went straight back with a code');
  t.match(await idTokenFor(b.page.url()), { sub: user.user_id, amr: ['hwk', 'user'] });
  t.equal(sb.requests({ operation: 'oidcAuthorize' } as never).length, before + 1, 'one /authorize, no page in between');
  t.same(pageErrors, [], 'no script error on the page');
});
