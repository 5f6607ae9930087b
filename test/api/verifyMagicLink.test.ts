// Tests of operation verifyMagicLink (openapi.yaml: GET /api/v1/auth/passwordless/magic-link/verify), through HTTP.
import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, isError } from '../helper.js';
import { lastMessage, pwlPaths } from '../passwordless-helper.js';

const h = await build(t);
t.afterEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset' }); });
const send = async (email: string, clientId = DEFAULT_CLIENT) => {
  const state = (await h.call({ method: 'POST', url: pwlPaths.magicLinkSend(clientId), payload: { email } })).body.state as string;
  return { state, magictext: (await lastMessage(h, state)).magictext as string };
};
const open = (state: string, magictext: string, clientId = DEFAULT_CLIENT) => h.call({ url: pwlPaths.magicLinkVerify({ state, magictext }, clientId) });
const title = (html: string) => /<title>(.*)<\/title>/.exec(html)?.[1];
const people = async () => { const s = await h.state(); return { users: s.users, credentials: s.credentials, login_logs: s.login_logs }; };
const journal = async () => (await h.call({ url: '/__sandbox/requests' })).body as Array<Record<string, unknown>>;

t.test('the link answers the HTML page "SSOJet | Successfully verified" and signs a new person in, once', async (t) => {
  const { state, magictext } = await send('new@example.com');
  const res = await open(state, magictext);
  t.equal(res.status, 200);
  t.match(res.headers['content-type'], /^text\/html/);
  t.equal(title(res.body), 'SSOJet | Successfully verified');
  const s = await h.state();
  t.match(s.users.at(-1), { identifier: 'new@example.com', connection_type: 'magic_link', email_verified: true });
  t.match(s.login_logs.at(-1), { method: 'magic_link', user_id: s.users.at(-1).user_id });
  const ping = await h.call({ url: pwlPaths.ping(state) });
  t.match(ping.body, { authenticated: true, user: { user_id: s.users.at(-1).user_id, identifier: 'new@example.com' } });
  const before = await people();
  const again = await open(state, magictext);
  t.equal(again.status, 400, 'a used link is refused');
  t.equal(title(again.body), 'SSOJet | Invalid link');
  t.match(again.body, /was already verified/);
  t.same(await people(), before);
  t.match((await journal()).at(-1), { operation: 'verifyMagicLink', status: 400, error: 'invalid_magic_link', explanation: /^single use check failed: / });
});

t.test('a wrong magictext or unknown state is a 400 HTML error page, explained in the journal, changing nobody', async (t) => {
  const { state, magictext } = await send(ALICE.email);
  const before = await people();
  const wrong = await open(state, magictext.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')));
  t.equal(wrong.status, 400);
  t.match(wrong.headers['content-type'], /^text\/html/);
  t.match(wrong.body, /has a magictext that is not the one sent for state/);
  t.match((await journal()).at(-1), { error: 'invalid_magic_link', explanation: /^magictext check failed: / });
  const unknown = await open('0123456789abcdef01234567', magictext);
  t.match(unknown.body, /names state 0123456789abcdef01234567, which is not a state of client/);
  const escaped = await open('<script>', 'x');
  t.notMatch(escaped.body, /<script>/, 'what the link carries is escaped on the page');
  t.same(await people(), before);
  isError(t, await h.call({ url: pwlPaths.magicLinkVerify({ state }) }), 400, 'invalid_query_parameters', /magictext/);
});

t.test('a link expires 5 minutes after its send: the page says so and the state can be resent', async (t) => {
  const { state, magictext } = await send(ALICE.email);
  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 300_000 } });
  const res = await open(state, magictext);
  t.equal(res.status, 400);
  t.equal(title(res.body), 'SSOJet | Link expired');
  t.match(res.body, /has a link that expired at 2026-01-01T00:05:00.000Z/);
  t.match((await journal()).at(-1), { error: 'state_expired', explanation: /^code expiry check failed/ });
  t.same((await h.call({ url: pwlPaths.ping(state) })).body, { authenticated: false }, 'the state itself is still pollable');
});

t.test('policy.magic_link_redirect turns success into a 302 to that URL with ?state=', async (t) => {
  const client = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'app', policy: { magic_link_redirect: 'http://localhost:3000/callback?from=email' } } })).body.client_id;
  const { state, magictext } = await send(ALICE.email, client);
  const res = await open(state, magictext, client);
  t.equal(res.status, 302);
  t.equal(res.headers.location, `http://localhost:3000/callback?from=email&state=${state}`);
  t.match((await h.call({ url: pwlPaths.ping(state, client) })).body, { authenticated: true });
});

t.test('a link of one client does not verify at another', async (t) => {
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'other' } })).body.client_id;
  const { state, magictext } = await send(ALICE.email);
  const before = await people();
  const res = await open(state, magictext, other);
  t.equal(res.status, 400);
  t.match(res.body, new RegExp(`is not a state of client ${other}`));
  t.same(await people(), before);
  t.equal((await open(state, magictext)).status, 200);
});
