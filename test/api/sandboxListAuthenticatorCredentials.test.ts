// Tests of operation sandboxListAuthenticatorCredentials (openapi.yaml), through HTTP.
import t, { type Test } from 'tap';
import { ALICE, build, DEFAULT_CLIENT, ORIGIN, paths, type Harness, isError } from '../helper.js';

// GET /__sandbox/authenticators/{id}/credentials: what a virtual authenticator holds (public parts only).

const h = await build(t);


async function newAuthenticator(app: Harness, input: object = {}): Promise<string> {
  const res = await app.call({ method: 'POST', url: '/__sandbox/authenticators', payload: input });
  if (res.status !== 201) throw new Error(`create authenticator failed: ${JSON.stringify(res.body)}`);
  return res.body.authenticator_id;
}

const held = async (app: Harness, id: string) => {
  const res = await app.call({ url: `/__sandbox/authenticators/${id}/credentials` });
  if (res.status !== 200) throw new Error(`credentials failed: ${JSON.stringify(res.body)}`);
  return res.body as any[];
};

/** session → register options → /create → complete, over HTTP only. */
async function register(app: Harness, id: string, email: string) {
  const session = await app.call({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: DEFAULT_CLIENT, identifier: email } });
  const auth = { authorization: `Bearer ${session.body.access_token}` };
  const init = await app.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: auth });
  const created = await app.call({ method: 'POST', url: `/__sandbox/authenticators/${id}/create`, payload: { publicKey: init.body.publicKey, origin: ORIGIN } });
  if (created.status !== 200) throw new Error(`/create failed: ${JSON.stringify(created.body)}`);
  const done = await app.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: init.body.auth_code }), headers: auth, payload: { passkey: created.body } });
  if (done.status !== 200) throw new Error(`complete failed: ${JSON.stringify(done.body)}`);
  return { auth, userId: session.body.user_id as string, userHandle: init.body.publicKey.user.id as string, passkey: created.body };
}

/** Initiate Passkey Login → /get → Finish; returns the finish answer. */
async function signIn(app: Harness, id: string, email: string) {
  const init = await app.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: email }) });
  const got = await app.call({ method: 'POST', url: `/__sandbox/authenticators/${id}/get`, payload: { publicKey: init.body.publicKey, origin: ORIGIN } });
  if (got.status !== 200) throw new Error(`/get failed: ${JSON.stringify(got.body)}`);
  return app.call({ method: 'POST', url: paths.login({ client_id: DEFAULT_CLIENT, identifier: email, auth_code: init.body.auth_code }), payload: { passkey: got.body } });
}

t.test('a new authenticator holds no credentials: a bare empty array', async (t) => {
  const id = await newAuthenticator(h);
  const res = await h.call({ url: `/__sandbox/authenticators/${id}/credentials` });
  t.equal(res.status, 200);
  t.ok(Array.isArray(res.body), 'a bare JSON array');
  t.same(res.body, []);
});

t.test('after a registration the credential is listed with its id, rp_id localhost, user handle, algorithm and counter — and nothing secret', async (t) => {
  for (const alg of [-7, -8, -257]) {
    const id = await newAuthenticator(h, { alg });
    const reg = await register(h, id, `listed${-alg}@example.com`);
    const list = await held(h, id);
    t.same(list, [{ credential_id: reg.passkey.id, rp_id: 'localhost', user_handle: reg.userHandle, alg, sign_count: 0 }], `alg ${alg}`);
    t.equal(Buffer.from(list[0].user_handle, 'base64url').toString('utf8'), reg.userId, 'the user handle is the SSOJet user id');
  }
});

t.test('sign_count goes up by one with every sign-in, and matches what SSOJet stored', async (t) => {
  const id = await newAuthenticator(h);
  const reg = await register(h, id, 'counting@example.com');
  for (const n of [1, 2]) {
    const done = await signIn(h, id, 'counting@example.com');
    t.equal(done.status, 200, JSON.stringify(done.body));
    t.equal(done.body.user_id, reg.userId);
    t.equal((await held(h, id))[0].sign_count, n);
  }
  const stored = (await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: reg.auth })).body;
  t.match(stored, [{ id: reg.passkey.id, SignCount: 2 }]);
});

t.test('credentials are listed in creation order, one per registration', async (t) => {
  const id = await newAuthenticator(h);
  const a = await register(h, id, 'order-a@example.com');
  const b = await register(h, id, ALICE.email);
  t.same((await held(h, id)).map((c) => c.credential_id), [a.passkey.id, b.passkey.id]);
  t.not(a.passkey.id, b.passkey.id);
});

t.test('an unknown authenticator id is 404 authenticator_not_found; a malformed one is 400 malformed_request', async (t) => {
  isError(t, await h.call({ url: '/__sandbox/authenticators/auth_0123456789abcdef01234567/credentials' }), 404, 'authenticator_not_found',
    /No virtual authenticator auth_0123456789abcdef01234567; create one with POST \/__sandbox\/authenticators/);
  isError(t, await h.call({ url: '/__sandbox/authenticators/auth_0123/credentials' }), 400, 'malformed_request', /path.authenticator_id must match pattern/);
  isError(t, await h.call({ url: '/__sandbox/authenticators/AUTH_0123456789ABCDEF01234567/credentials' }), 400, 'malformed_request', /path.authenticator_id/);
});

t.test('after a reset the authenticator is gone (404)', async (t) => {
  const app = await build(t);
  const id = await newAuthenticator(app);
  await held(app, id);
  t.equal((await app.call({ method: 'POST', url: '/__sandbox/reset', payload: {} })).status, 200);
  isError(t, await app.call({ url: `/__sandbox/authenticators/${id}/credentials` }), 404, 'authenticator_not_found', new RegExp(id));
});

/** The same steps in a fresh app: an authenticator of `alg`, ALICE registers with it; what came out. */
async function seededRun(t: Test, alg: number, seed = 42) {
  const app = await build(t, { seed });
  const id = await newAuthenticator(app, { alg });
  const reg = await register(app, id, ALICE.email);
  const ssojet = (await app.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: reg.auth })).body;
  const state = await app.state();
  return { id, passkey: reg.passkey, held: await held(app, id), ssojet, stored: state.authenticators };
}

t.test('two apps with the same seed make the same ES256 credential: same id, same public key', async (t) => {
  const one = await seededRun(t, -7);
  const two = await seededRun(t, -7);
  t.equal(one.id, two.id, 'same authenticator_id');
  t.equal(one.passkey.id, two.passkey.id, 'same credential id');
  t.same(one.held, two.held, 'same GET .../credentials list');
  t.equal(one.passkey.response.publicKey, two.passkey.response.publicKey, 'same public key (SPKI)');
  t.equal(one.ssojet[0].public_key, two.ssojet[0].public_key, 'SSOJet stored the same public key');
  t.same(one.stored, two.stored, 'the exported authenticators, private keys included, are identical');
  const other = await seededRun(t, -7, 43);
  t.not(other.passkey.id, one.passkey.id, 'another seed gives another credential id');
  t.not(other.passkey.response.publicKey, one.passkey.response.publicKey, 'and another key');
});

t.test('two apps with the same seed make the same EdDSA credential too', async (t) => {
  const one = await seededRun(t, -8);
  const two = await seededRun(t, -8);
  t.same(one.held, two.held);
  t.equal(one.passkey.response.publicKey, two.passkey.response.publicKey);
});
