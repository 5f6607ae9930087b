// Issue #14's flow, as a real app runs it against SSOJet, through HTTP only (no
// /__sandbox/sessions shortcut), every answer checked against openapi.yaml by h.call: an emailed
// code signs a new person in, their Bearer registers a passkey, the passkey signs them in, the
// refresh token rotates and the old one is refused, and GET Auth Status by identifier reports the
// sign-in without giving a token away.
import t from 'tap';
import { build, DEFAULT_CLIENT, isError, paths, startLogin } from '../helper.js';
import { addPasskey, emailSignIn, expectedOtp } from '../passwordless-helper.js';

const h = await build(t);
const EMAIL = 'flow.person@example.com';
const refresh = (token: string) => h.call({ url: `/api/v1/accesstoken/refresh?${new URLSearchParams({ client_id: DEFAULT_CLIENT, refresh_token: token })}` });
const authStatus = (query: Record<string, string>) => h.call({ url: paths.authStatus({ client_id: DEFAULT_CLIENT, ...query }) });

t.test('email code -> Bearer -> passkey registered and used -> refresh rotates -> Auth Status by identifier: verified, passkey, no token', async (t) => {
  const first = await emailSignIn(h, EMAIL);
  t.match(first.message, { kind: 'email_otp', channel: 'email', to: EMAIL, state: first.state, send_no: 1 }, 'the long poll answers the email the send wrote');
  t.equal(first.message.code, expectedOtp(42, DEFAULT_CLIENT, first.state, 1), "the code is CONTRACT-API §3's for this seed, client and state");
  t.equal(first.verified.status, 200, JSON.stringify(first.verified.body));
  t.match(first.verified.body, { authenticated: true, token_type: 'Bearer', profile: { email: EMAIL, connection_type: 'email_otp' } });
  const userId: string = first.verified.body.profile.id;

  const { authenticator, done } = await addPasskey(h, first.verified.body.access_token);
  t.same(done.body, { status: 'success', message: 'Passkey registered successfully' }, "the emailed code's Bearer registers a passkey");

  const login = await startLogin(h, EMAIL, authenticator);
  const finish = await h.call({ method: 'POST', url: login.finishUrl, payload: { passkey: login.passkey } });
  t.equal(finish.status, 200, JSON.stringify(finish.body));
  t.equal(finish.body.user_id, userId, 'the passkey signs in the user the code created');

  const signedIn = await authStatus({ state: login.init.auth_code });
  t.equal(signedIn.body.oauth.access_token, finish.body.token, "the passkey sign-in's tokens, by its auth_code");
  const oldRefresh: string = signedIn.body.oauth.refresh_token;
  const rotated = await refresh(oldRefresh);
  t.equal(rotated.status, 200, JSON.stringify(rotated.body));
  t.match(rotated.body, { authenticated: true, oauth: { token_type: 'Bearer' }, user: { user_id: userId, email: EMAIL } });
  t.not(rotated.body.oauth.refresh_token, oldRefresh, 'a new refresh token');
  isError(t, await refresh(oldRefresh), 401, 'invalid_refresh_token', /refresh_token/);
  t.equal((await refresh(rotated.body.oauth.refresh_token)).status, 200, 'its successor still works once');

  const byIdentifier = await authStatus({ identifier: EMAIL });
  t.equal(byIdentifier.status, 200);
  t.same(Object.keys(byIdentifier.body).sort(), ['authenticated', 'expires_at', 'method', 'status']);
  t.match(byIdentifier.body, { authenticated: true, status: 'verified', method: 'passkey' }, 'the latest attempt of any method: the passkey sign-in');
  const tokens = [first.verified.body.access_token, first.verified.body.refresh_token, finish.body.token, oldRefresh, rotated.body.oauth.access_token, rotated.body.oauth.refresh_token];
  for (const token of tokens) t.notOk(byIdentifier.raw.body.includes(token), `no token in the answer (${token.slice(0, 12)}…)`);
  t.notMatch(byIdentifier.raw.body, /token|eyJ|rt_/, 'no token field or token-looking value anywhere');
});

t.test("GET Auth Status by the email code's state answers in Ping Status shape with that sign-in's tokens", async (t) => {
  const signIn = await emailSignIn(h, 'by.state@example.com');
  const res = await authStatus({ state: signIn.state });
  t.equal(res.status, 200);
  t.same(Object.keys(res.body), ['authenticated', 'oauth', 'user']);
  t.same(res.body.oauth, {
    access_token: signIn.verified.body.access_token, refresh_token: signIn.verified.body.refresh_token,
    expires_at: signIn.verified.body.expires_at, token_type: 'Bearer',
  });
  t.match(res.body.user, { user_id: signIn.verified.body.profile.id, email: 'by.state@example.com', identifier: 'by.state@example.com' });
});

t.test('GET Auth Status by a state no attempt has is a 404 in the envelope', async (t) => {
  isError(t, await authStatus({ state: '0123456789abcdef01234567' }), 404, 'resource_not_found', /0123456789abcdef01234567/);
});
