import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, paths } from '../helper.js';
import { headlessTokens } from './lib/headless-flow.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

t.test('OIDC sessions, grants and queued logins are in the state export, byte-identical after export, restore, export', async (t) => {
  const h = await build(t);
  await headlessTokens(h);
  await h.call({ method: 'POST', url: '/__sandbox/oidc/login', payload: { client_id: DEFAULT_CLIENT, identifier: ALICE.email, amr: ['otp'] } });
  const first = await h.call({ url: '/__sandbox/state' });
  t.equal(first.body.oidc_sessions.length, 1);
  t.equal(first.body.oidc_grants.length, 1);
  t.match(first.body.oidc_logins, [{ user_id: ALICE.user_id, amr: ['otp'] }]);
  t.equal((await h.call({ method: 'PUT', url: '/__sandbox/state', payload: first.body })).status, 200);
  t.equal((await h.call({ url: '/__sandbox/state' })).raw.body, first.raw.body);
  await h.call({ method: 'POST', url: '/__sandbox/reset', payload: {} });
  t.same((await h.call({ url: '/__sandbox/oidc/login' })).body, [], 'reset clears the queue');
});

t.test('the same seed and pinned clock give the same codes, tokens and state', async (t) => {
  const run = async () => {
    const h = await build(t);
    const tokens = await headlessTokens(h);
    return { tokens, state: (await h.call({ url: '/__sandbox/state' })).raw.body };
  };
  const [a, b] = [await run(), await run()];
  t.same(a.tokens, b.tokens);
  t.equal(a.state, b.state);
});

t.test('an OIDC sign-in is a login-log entry, and its access token is a Bearer on the passkey endpoints', async (t) => {
  const h = await build(t);
  const { access_token } = await headlessTokens(h);
  const logs = (await h.call({ url: '/__sandbox/state' })).body.login_logs;
  t.match(logs.at(-1), { user_id: ALICE.user_id, method: 'oidc' });
  const listed = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${access_token}` } });
  t.equal(listed.status, 200);
});

t.test('the token endpoint refuses JSON with 415, and a field sent twice with invalid_request naming it', async (t) => {
  const h = await build(t);
  const json = await h.call({ method: 'POST', url: '/oidc/token', payload: { grant_type: 'client_credentials' } });
  t.equal(json.status, 415);
  t.match(json.body.error_description, /send the body as application\/x-www-form-urlencoded/);
  const twice = await h.call({ method: 'POST', url: '/oidc/token', headers: FORM, payload: 'grant_type=client_credentials&grant_type=refresh_token' });
  t.equal(twice.status, 400);
  t.equal(twice.body.error, 'invalid_request');
  t.match(twice.body.error_description, /body\.grant_type was sent more than once/);
  const state = await h.call({ url: '/__sandbox/state' });
  t.equal(state.body.oidc_grants.length, 0, 'nothing was issued');
});

t.test('an authorization code expires after OIDC_CODE_TTL_MS', async (t) => {
  const h = await build(t, { oidcCodeTtlMs: 1000 });
  const { headlessCode, codeForm } = await import('./lib/headless-flow.js');
  const code = await headlessCode(h);
  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 1000 } });
  const res = await h.call({ method: 'POST', url: '/oidc/token', headers: FORM, payload: new URLSearchParams(await codeForm(h, code)).toString() });
  t.equal(res.status, 400);
  t.equal(res.body.error, 'invalid_grant');
  t.match(res.body.error_description, /The code expired at .* OIDC_CODE_TTL_MS/);
});

t.test('OIDC_LOGIN=auto signs a known login_hint in at once, and shows the page for an unknown one', async (t) => {
  const h = await build(t, { oidcLogin: 'auto' });
  const { authorizeQuery } = await import('./lib/headless-flow.js');
  const known = await h.call({ url: `/oidc/authorize?${new URLSearchParams([...authorizeQuery(), ['login_hint', ALICE.email]])}` });
  t.equal(known.status, 302);
  t.ok(new URL(String(known.headers.location)).searchParams.get('code'));
  const unknown = await h.call({ url: `/oidc/authorize?${new URLSearchParams([...authorizeQuery(), ['login_hint', 'nobody@example.com']])}` });
  t.equal(unknown.status, 200);
  t.match(unknown.headers['content-type'], /text\/html/);
});
