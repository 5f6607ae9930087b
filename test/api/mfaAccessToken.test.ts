// Tests of operation mfaAccessToken (openapi.yaml), through HTTP.
import { createPublicKey } from 'node:crypto';
import { compactVerify } from 'jose';
import t from 'tap';
import { ALICE, build, clientSecretOf, DEFAULT_CLIENT, isError, mfaBearer, mfaPaths, paths } from '../helper.js';

const h = await build(t);
const rawState = async () => (await h.call({ url: '/__sandbox/state' })).raw.body;
const token = (headers: Record<string, string>, payload: object = { identifier: ALICE.email }, clientId = DEFAULT_CLIENT) =>
  h.call({ method: 'POST', url: mfaPaths.token(clientId), headers, payload });

t.test('the client secret and an identifier give an RS256 at+jwt mfa_token with scope mfa that lives 300 s', async (t) => {
  const res = await token({ 'x-client-secret': await clientSecretOf(h) });
  t.equal(res.status, 200);
  t.same(Object.keys(res.body).sort(), ['expires_in', 'mfa_token', 'token_type']);
  t.equal(res.body.token_type, 'Bearer');
  t.equal(res.body.expires_in, 300);
  const jwks = (await h.call({ url: '/.well-known/jwks.json' })).body;
  const key = createPublicKey({ key: jwks.keys[0], format: 'jwk' });
  const { payload, protectedHeader } = await compactVerify(res.body.mfa_token, key);
  const claims = JSON.parse(Buffer.from(payload).toString());
  t.match(protectedHeader, { alg: 'RS256', typ: 'at+jwt' });
  t.match(claims, { scope: 'mfa', sub: ALICE.user_id, client_id: DEFAULT_CLIENT });
  t.equal(claims.azp, DEFAULT_CLIENT, 'azp, as every token of the sandbox (F6)');
  t.equal(claims.exp - claims.iat, 300);
});

t.test('without x-client-secret, or with a wrong one, it is 401 invalid_client and nothing changes', async (t) => {
  const before = await rawState();
  isError(t, await token({}), 401, 'invalid_client', /x-client-secret header, and none was sent/);
  isError(t, await token({ 'x-client-secret': 'sk_wrong' }), 401, 'invalid_client', /x-client-secret does not match the client_secret of cli_sandbox0000000000001/);
  t.equal(await rawState(), before);
});

t.test('an unknown identifier is 404 naming it, and nothing changes', async (t) => {
  const before = await rawState();
  const res = await token({ 'x-client-secret': await clientSecretOf(h) }, { identifier: 'nobody@example.com' });
  isError(t, res, 404, 'resource_not_found', /has no user with identifier nobody@example.com/);
  t.equal(await rawState(), before);
});

t.test('a body without identifier is 400 naming body.identifier', async (t) => {
  isError(t, await token({ 'x-client-secret': await clientSecretOf(h) }, {}), 400, 'invalid_request_body', /body\.identifier/);
});

t.test('another client\'s secret does not open this client', async (t) => {
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: {} })).body;
  await h.call({ method: 'POST', url: '/__sandbox/users', payload: { client_id: other.client_id, email: ALICE.email } });
  isError(t, await token({ 'x-client-secret': other.client_secret }), 401, 'invalid_client', /does not match/);
  const ok = await token({ 'x-client-secret': other.client_secret }, { identifier: ALICE.email }, other.client_id);
  t.equal(ok.status, 200);
  const list = await h.call({ url: mfaPaths.authenticators(DEFAULT_CLIENT), headers: { authorization: `Bearer ${ok.body.mfa_token}` } });
  isError(t, list, 401, 'invalid_mfa_token', new RegExp(`issued to client ${other.client_id}, not ${DEFAULT_CLIENT}`));
});

t.test('the mfa_token is refused outside /api/v1/auth/mfa/* with 401 invalid_token', async (t) => {
  const auth = await mfaBearer(h, ALICE.email);
  const res = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: auth });
  isError(t, res, 401, 'invalid_token', /mfa_token \(scope mfa\), which works only on \/api\/v1\/auth\/mfa\/\*/);
});

t.test('the mfa_token works for 5 minutes on the sandbox clock, then is 401 invalid_mfa_token', async (t) => {
  const auth = await mfaBearer(h, ALICE.email);
  t.equal((await h.call({ url: mfaPaths.authenticators(), headers: auth })).status, 200);
  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 299_000 } });
  t.equal((await h.call({ url: mfaPaths.authenticators(), headers: auth })).status, 200, 'still valid at 299 s');
  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 1_000 } });
  isError(t, await h.call({ url: mfaPaths.authenticators(), headers: auth }), 401, 'invalid_mfa_token', /exp/);
  await h.call({ method: 'POST', url: '/__sandbox/reset' });
});

t.test('an MFA operation without a Bearer is 401 invalid_mfa_token saying what to send', async (t) => {
  isError(t, await h.call({ url: mfaPaths.authenticators() }), 401, 'invalid_mfa_token', /Authorization: Bearer <mfa_token> is required/);
});
