import t from 'tap';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { ALICE, build, DEFAULT_CLIENT, ORIGIN, paths, isError } from '../helper.js';

const h = await build(t);


t.test('GET /__sandbox/health answers 200 {status: "ok"} as JSON', async (t) => {
  const res = await h.call({ url: '/__sandbox/health' });
  t.equal(res.status, 200);
  t.same(res.body, { status: 'ok' });
  t.match(String(res.headers['content-type']), /^application\/json/);
});

t.test('HEAD /__sandbox/health answers 200 without a body, so a probe may use HEAD', async (t) => {
  const res = await h.call({ method: 'HEAD', url: '/__sandbox/health' });
  t.equal(res.status, 200);
  t.equal(res.raw.body, '');
});

t.test('the health probe reads nothing and changes nothing in the state', async (t) => {
  const before = (await h.call({ url: '/__sandbox/state' })).raw.body;
  await h.call({ url: '/__sandbox/health' });
  t.equal((await h.call({ url: '/__sandbox/state' })).raw.body, before);
});

t.test('POST /__sandbox/health is refused with 405 method_not_allowed naming the allowed method', async (t) => {
  const res = await h.call({ method: 'POST', url: '/__sandbox/health' });
  isError(t, res, 405, 'method_not_allowed', /POST is not allowed on \/__sandbox\/health; allowed: GET$/);
});

t.test('an unexpected query parameter on the health probe is refused with 400 naming it', async (t) => {
  const res = await h.call({ url: '/__sandbox/health?verbose=1' });
  isError(t, res, 400, 'invalid_query_parameters', /query\.verbose is not an allowed property/);
});

t.test('with SANDBOX_API=off the control API is gone and the SSOJet passkey API still works', async (t) => {
  const off = await build(t, { sandboxApi: false });

  for (const [method, url] of [['GET', '/__sandbox/health'], ['POST', '/__sandbox/reset'], ['GET', '/__sandbox/state'], ['GET', '/__sandbox/clients'], ['POST', '/__sandbox/sessions']] as const) {
    const res = await off.call({ method, url, payload: method === 'POST' ? {} : undefined });
    isError(t, res, 404, 'resource_not_found', new RegExp(`No operation at ${method} ${url.replace(/\//g, '\\/')}`));
  }

  // Without /__sandbox/sessions the Bearer comes from the token service, as a real sign-in would issue it.
  const { access_token } = await off.services.tokens.issue(DEFAULT_CLIENT, ALICE.user_id);
  const auth = { authorization: `Bearer ${access_token}` };
  const authenticator = new VirtualAuthenticator();

  const regInit = await off.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: auth });
  t.equal(regInit.status, 200, 'Passkey Registration Initialize works');
  const attestation = authenticator.createCredential(regInit.body.publicKey, { origin: ORIGIN });
  const reg = await off.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: regInit.body.auth_code }), headers: auth, payload: { passkey: attestation } });
  t.same(reg.body, { status: 'success', message: 'Passkey registered successfully' });

  const login = await off.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  t.equal(login.status, 200, 'Initiate Passkey Login works');
  const assertion = authenticator.getAssertion(login.body.publicKey, { origin: ORIGIN });
  const finish = await off.call({ method: 'POST', url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email, auth_code: login.body.auth_code }), payload: { passkey: assertion } });
  t.equal(finish.status, 200, JSON.stringify(finish.body));
  t.equal(finish.body.user_id, ALICE.user_id);

  const list = await off.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${finish.body.token}` } });
  t.equal(list.status, 200);
  t.same(list.body.map((c: { id: string }) => c.id), [attestation.id]);

  const jwks = await off.call({ url: '/.well-known/jwks.json' });
  t.equal(jwks.status, 200, 'the JWKS is served too');
});

t.test('with SANDBOX_API on (the default) the same app serves the control API', async (t) => {
  const res = await h.call({ url: '/__sandbox/clients' });
  t.equal(res.status, 200);
  t.ok(Array.isArray(res.body));
});

t.test('with SANDBOX_API=off, /openapi.yaml describes only the operations served, as /docs/json does', async (t) => {
  const off = await build(t, { sandboxApi: false });
  const docs = JSON.parse((await off.app.inject({ url: '/docs/json' })).body);
  t.notOk(Object.keys(docs.paths).some((p) => p.startsWith('/__sandbox/')), '/docs/json has no /__sandbox/ path');
  t.ok(Object.keys(docs.paths).includes('/api/v1/auth/passwordless/passkey/login'), '/docs/json keeps the SSOJet paths');
  const yaml = await off.app.inject({ url: '/openapi.yaml' });
  t.equal(yaml.statusCode, 200);
  t.same(yaml.body.match(/^ {2}\/__sandbox\/\S+:/gm) ?? [], [], '/openapi.yaml has no /__sandbox/ path');
  t.match(yaml.body, /^ {2}\/api\/v1\/auth\/passwordless\/passkey\/login:/m, '/openapi.yaml keeps the SSOJet paths');
  const on = await h.app.inject({ url: '/openapi.yaml' });
  t.match(on.body, /^ {2}\/__sandbox\/health:/m, 'with SANDBOX_API on, /openapi.yaml has the control API');
});
