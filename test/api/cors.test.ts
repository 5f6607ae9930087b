// CORS per client (src/http/cors.ts), on SSOJet's operations (checkPasskeyAuthStatus,
// initiatePasskeyLogin, finishPasskeyAuthentication, listPasskeyCredentials) and clients made
// with sandboxCreateClient. Preflights (OPTIONS) are not operations of the spec: a granted one
// is answered 204 here (inject directly); a refused one is the usual 404/405 envelope (h.call).
import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, isError, paths } from '../helper.js';

const h = await build(t);
const APP = 'https://app.example.test';
const custom = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'custom origins', rp_id: 'app.example.test', origins: [APP] } });
const CUSTOM = custom.body.client_id as string;
const status = (clientId: string) => paths.status({ client_id: clientId, identifier: ALICE.email });
const preflight = (url: string, origin: string, method = 'POST') => h.app.inject({
  method: 'OPTIONS', url, headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type,x-client-id' },
});
const granted = (headers: Record<string, unknown>, origin: string) => ({
  'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': 'retry-after',
  ...Object.fromEntries(Object.keys(headers).filter((k) => !k.startsWith('access-control-') && k !== 'vary').map((k) => [k, headers[k]])),
});

t.test('the default client grants any http://localhost:<port> and http://127.0.0.1:<port>, echoing the origin', async (t) => {
  for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://localhost']) {
    const res = await h.call({ url: status(DEFAULT_CLIENT), headers: { origin } });
    t.equal(res.status, 200);
    t.same(res.headers, granted(res.headers, origin), `${origin} is granted, with Vary: Origin and Retry-After exposed`);
  }
});

t.test('the client named by x-client-id decides too (a Bearer call from the browser)', async (t) => {
  const token = await h.session(ALICE.email);
  const res = await h.call({ url: '/api/v1/auth/passwordless/passkey/credentials', headers: { origin: 'http://localhost:3000', 'x-client-id': DEFAULT_CLIENT, authorization: `Bearer ${token}` } });
  t.equal(res.status, 200);
  t.equal(res.headers['access-control-allow-origin'], 'http://localhost:3000');
});

t.test('other origins get no grant: the response is unchanged but carries no Access-Control-Allow-Origin', async (t) => {
  for (const origin of ['http://evil.test', 'https://localhost:3000', 'http://localhost.evil.test', 'null', APP]) {
    const res = await h.call({ url: status(DEFAULT_CLIENT), headers: { origin } });
    t.equal(res.status, 200, `${origin}: answered as usual`);
    t.equal(res.headers['access-control-allow-origin'], undefined, `${origin}: no grant for the default client`);
    t.equal(res.headers.vary, 'Origin', `${origin}: Vary: Origin all the same (caches must not mix origins)`);
  }
});

t.test('a client created with custom origins grants exactly those', async (t) => {
  t.equal(custom.status, 201);
  const own = await h.call({ url: status(CUSTOM), headers: { origin: APP } });
  t.equal(own.headers['access-control-allow-origin'], APP, 'its own origin is granted');
  const localhost = await h.call({ url: status(CUSTOM), headers: { origin: 'http://localhost:3000' } });
  t.equal(localhost.headers['access-control-allow-origin'], undefined, 'localhost (allowed by the default client) is not granted for it');
});

t.test('refusals are readable by an allowed page: SSOJet\'s error envelope carries the grant', async (t) => {
  const res = await h.call({ method: 'POST', url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email, auth_code: 'nope' }), headers: { origin: 'http://localhost:3000' }, payload: {} });
  t.equal(res.status, 400);
  t.equal(res.headers['access-control-allow-origin'], 'http://localhost:3000');
});

t.test('no client, or an unknown one: no grant', async (t) => {
  const none = await h.call({ url: '/.well-known/jwks.json', headers: { origin: 'http://localhost:3000' } });
  t.equal(none.status, 200);
  t.equal(none.headers['access-control-allow-origin'], undefined, 'a request that names no client');
  const unknown = await h.call({ url: status('cli_unknown0000000000000'), headers: { origin: 'http://localhost:3000' } });
  isError(t, unknown, 401, 'invalid_client', /no client cli_unknown0000000000000/);
  t.equal(unknown.headers['access-control-allow-origin'], undefined, 'a client that does not exist');
  const plain = await h.call({ url: status(DEFAULT_CLIENT) });
  t.equal(plain.headers['access-control-allow-origin'], undefined, 'no Origin header: not a CORS request, nothing added');
  t.equal(plain.headers.vary, undefined);
});

t.test('a preflight naming the client (?client_id=) is granted with 204 for that client\'s origins only', async (t) => {
  const url = paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email, auth_code: 'x' });
  const res = await preflight(url, 'http://localhost:5173');
  t.equal(res.statusCode, 204);
  t.equal(res.body, '');
  t.match(res.headers, {
    'access-control-allow-origin': 'http://localhost:5173',
    'access-control-allow-methods': 'POST',
    'access-control-allow-headers': 'authorization, content-type, x-client-id',
    'access-control-max-age': '600',
    vary: 'Origin',
  });
  const custom = await preflight(paths.login({ client_id: CUSTOM, identifier: ALICE.email }), APP);
  t.equal(custom.statusCode, 204, 'the custom client\'s origin, for the custom client');
  t.equal(custom.headers['access-control-allow-origin'], APP);

  const refused = await h.call({ method: 'OPTIONS', url: paths.login({ client_id: CUSTOM, identifier: ALICE.email }), headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' } });
  isError(t, refused, 405, 'method_not_allowed', /OPTIONS is not allowed/);
  t.equal(refused.headers['access-control-allow-origin'], undefined, 'localhost is not the custom client\'s: no grant, the usual 405 envelope');
});

t.test('a preflight naming no client (x-client-id is only announced) is granted for an origin some client allows', async (t) => {
  const url = '/api/v1/auth/passwordless/passkey/credentials';
  for (const origin of ['http://localhost:3000', APP]) {
    const res = await preflight(url, origin, 'GET');
    t.equal(res.statusCode, 204, origin);
    t.equal(res.headers['access-control-allow-origin'], origin);
  }
  const refused = await h.call({ method: 'OPTIONS', url, headers: { origin: 'http://evil.test', 'access-control-request-method': 'GET' } });
  isError(t, refused, 405, 'method_not_allowed', /allowed: GET/);
  t.equal(refused.headers['access-control-allow-origin'], undefined, 'an origin no client allows');
});

t.test('preflights for unknown paths or methods get no grant and no 5xx', async (t) => {
  const unknownPath = await h.call({ method: 'OPTIONS', url: `/api/v1/nothing?client_id=${DEFAULT_CLIENT}`, headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'GET' } });
  isError(t, unknownPath, 404, 'resource_not_found', /No operation at OPTIONS/);
  t.equal(unknownPath.headers['access-control-allow-origin'], undefined);
  const unknownMethod = await h.call({ method: 'OPTIONS', url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }), headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'PUT' } });
  isError(t, unknownMethod, 405, 'method_not_allowed', /allowed: GET, POST/);
  t.equal(unknownMethod.headers['access-control-allow-origin'], undefined, 'PUT is not an operation at that path');
  const notPreflight = await h.call({ method: 'OPTIONS', url: status(DEFAULT_CLIENT), headers: { origin: 'http://localhost:3000' } });
  t.equal(notPreflight.status, 405, 'OPTIONS without Access-Control-Request-Method is no preflight: the usual 405');
});
