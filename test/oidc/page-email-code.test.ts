// The sign-in page's "email me a code" is the passwordless group's emailed code (A5/A7), not a
// copy of it: the same derivation (CONTRACT-API §3), the same outbox message, the same counting
// (5 wrong codes burn a state) and the same brute-force limits. Through HTTP, every answer
// checked against openapi.yaml.
import t from 'tap';
import { build, DEFAULT_CLIENT, isError, type Harness } from '../helper.js';
import { awaitMessage, expectedOtp, pwlPaths } from '../passwordless-helper.js';
import { authorizeQuery } from './lib/headless-flow.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded', host: 'localhost:3000' };
const request = Object.fromEntries(authorizeQuery());

/** "Email me a code" on the page; returns the state its next form carries. */
async function pageSend(h: Harness, email: string): Promise<string> {
  const sent = await h.call({ method: 'POST', url: '/oidc/sign-in/email', headers: FORM, payload: new URLSearchParams({ ...request, email }).toString() });
  if (sent.status !== 200) throw new Error(`page send failed: ${sent.body}`);
  return /name="otp_state" value="([^"]+)"/.exec(sent.body)![1];
}

const pageVerify = (h: Harness, email: string, state: string, code: string) =>
  h.call({ method: 'POST', url: '/oidc/sign-in/email/verify', headers: FORM, payload: new URLSearchParams({ ...request, email, otp_state: state, code }).toString() });

const wrongCode = (code: string) => (code === '000000' ? '111111' : '000000');

t.test("the page's code is §3's and its email is the one Email a Magic Auth Code writes", async (t) => {
  const h = await build(t);
  const state = await pageSend(h, 'page@example.com');
  const fromPage = await awaitMessage(h, state);
  t.equal(fromPage.code, expectedOtp(42, DEFAULT_CLIENT, state, 1), 'derived from the seed, the client, the state and the send number');
  const api = await h.call({ method: 'POST', url: pwlPaths.emailSend(), payload: { email: 'api@example.com' } });
  const fromApi = await awaitMessage(h, api.body.state);
  t.same(Object.keys(fromPage).sort(), Object.keys(fromApi).sort(), 'the same fields');
  const words = (m: Record<string, any>) => ({ kind: m.kind, channel: m.channel, send_no: m.send_no, subject: m.subject.replace(m.code, 'CODE'), text: m.text.replace(m.code, 'CODE') });
  t.same(words(fromPage), words(fromApi), 'the same kind, subject and text, but for the code');
  const resent = await h.call({ method: 'POST', url: pwlPaths.emailResend(), payload: { state } });
  t.equal(resent.status, 200, "Resend Magic Auth Code takes the page's state");
  const second = await awaitMessage(h, state, fromPage.message_id);
  t.equal(second.send_no, 2);
  t.equal((await pageVerify(h, 'page@example.com', state, fromPage.code)).status, 400, 'the first code is void after the resend');
  t.equal((await pageVerify(h, 'page@example.com', state, second.code)).status, 200, 'the resent code signs in on the page');
});

t.test('5 wrong codes on the page burn the state: the right code is refused then, on the page and by Verify Magic Auth Code', async (t) => {
  const h = await build(t);
  const state = await pageSend(h, 'burn@example.com');
  const { code } = await awaitMessage(h, state);
  for (let n = 1; n <= 5; n++) {
    const wrong = await pageVerify(h, 'burn@example.com', state, wrongCode(code));
    t.equal(wrong.status, 400);
    t.match(wrong.body, new RegExp(`wrong code ${n} of 5`), `wrong code ${n} is counted`);
  }
  const right = await pageVerify(h, 'burn@example.com', state, code);
  t.equal(right.status, 400, 'the page again');
  t.match(right.body, /is burnt: 5 wrong codes/);
  isError(t, await h.call({ method: 'POST', url: pwlPaths.emailVerify(), payload: { state, otp: code } }), 429, 'otp_attempts_exceeded', /burnt/);
  t.equal((await h.state()).users.filter((u: { email: string }) => u.email === 'burn@example.com').length, 0, 'no user was created');
});

t.test("wrong codes on the page count towards the identifier's brute-force limit", async (t) => {
  const h = await build(t, { rateLimitIdentifier: 2 });
  const state = await pageSend(h, 'limit@example.com');
  const { code } = await awaitMessage(h, state);
  for (let n = 0; n < 2; n++) t.equal((await pageVerify(h, 'limit@example.com', state, wrongCode(code))).status, 400);
  const locked = await pageVerify(h, 'limit@example.com', state, code);
  t.equal(locked.status, 400, 'the page again');
  t.match(locked.body, /Too many failed sign-ins for/, 'the right code is refused while the identifier is locked out');
  const api = await h.call({ method: 'POST', url: pwlPaths.emailSend(), payload: { email: 'limit@example.com' } });
  isError(t, api, 429, 'too_many_attempts', /Too many failed sign-ins/);
});
