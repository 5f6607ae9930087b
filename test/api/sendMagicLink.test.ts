// Tests of operation sendMagicLink (openapi.yaml: POST /api/v1/auth/passwordless/magic-link/send), through HTTP.
import t from 'tap';
import { build, DEFAULT_CLIENT, isError } from '../helper.js';
import { expectedMagicText, lastMessage, pwlPaths } from '../passwordless-helper.js';

const h = await build(t);
const rawState = async () => (await h.call({ url: '/__sandbox/state' })).raw.body;
t.afterEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset' }); });

t.test('a send answers the state and emails a link to Verify Magic Link with the section 3 magictext', async (t) => {
  const res = await h.call({ method: 'POST', url: pwlPaths.magicLinkSend(), payload: { email: 'new@example.com' } });
  t.equal(res.status, 200);
  t.same(Object.keys(res.body), ['state']);
  const message = await lastMessage(h, res.body.state);
  const magictext = expectedMagicText(42, DEFAULT_CLIENT, res.body.state, 1);
  t.match(message, { kind: 'magic_link', channel: 'email', to: 'new@example.com', send_no: 1, magictext, expires_at: '2026-01-01T00:05:00.000Z' });
  t.equal(magictext.length, 43);
  const link = new URL(message.link);
  t.equal(link.pathname, '/api/v1/auth/passwordless/magic-link/verify');
  t.same(Object.fromEntries(link.searchParams), { client_id: DEFAULT_CLIENT, state: res.body.state, magictext });
  t.match(message.text, message.link, 'the email text carries the link');
  t.notOk(message.code, 'a link has no code');
});

t.test('a bad address is 400 invalid_email, and nothing is stored or sent', async (t) => {
  const before = await rawState();
  isError(t, await h.call({ method: 'POST', url: pwlPaths.magicLinkSend(), payload: { email: 'nope' } }), 400, 'invalid_email', /body\.email "nope" is not an email address/);
  t.equal(await rawState(), before);
  t.same((await h.call({ url: '/__sandbox/outbox' })).body, []);
});
