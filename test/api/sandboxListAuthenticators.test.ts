// Tests of operation sandboxListAuthenticators (openapi.yaml), through HTTP.
import t from 'tap';
import { build, DEFAULT_CLIENT, ORIGIN, paths } from '../helper.js';

// GET /__sandbox/authenticators: the virtual authenticators the sandbox holds, as a bare array.

const h = await build(t);

const list = async () => {
  const res = await h.call({ url: '/__sandbox/authenticators' });
  if (res.status !== 200) throw new Error(`list failed: ${JSON.stringify(res.body)}`);
  return res.body as any[];
};
const create = async (payload: object = {}) => (await h.call({ method: 'POST', url: '/__sandbox/authenticators', payload })).body;
const countOf = async (id: string) => (await list()).find((a) => a.authenticator_id === id)?.credentials;

/** Registration options for a new user of the default client, over HTTP. */
async function registerInit(email: string) {
  const session = await h.call({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: DEFAULT_CLIENT, identifier: email } });
  const auth = { authorization: `Bearer ${session.body.access_token}` };
  const init = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: auth });
  return { auth, authCode: init.body.auth_code as string, publicKey: init.body.publicKey };
}

t.test('a fresh sandbox holds no virtual authenticators: the answer is a bare empty array', async (t) => {
  const res = await h.call({ url: '/__sandbox/authenticators' });
  t.equal(res.status, 200);
  t.ok(Array.isArray(res.body), 'a bare JSON array, not an object');
  t.same(res.body, []);
});

t.test('authenticators are listed in creation order, each as POST returned it', async (t) => {
  const a = await create({ alg: -8 });
  const b = await create({ uv: false, aaguid: 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4' });
  const c = await create({ alg: -257, sign_count: 5 });
  t.same(await list(), [a, b, c]);
});

t.test('the credential count grows with each /create, also before the response is sent to SSOJet', async (t) => {
  const id = (await create()).authenticator_id;
  t.equal(await countOf(id), 0);
  const first = await registerInit('grow-1@example.com');
  const passkey = (await h.call({ method: 'POST', url: `/__sandbox/authenticators/${id}/create`, payload: { publicKey: first.publicKey, origin: ORIGIN } })).body;
  t.equal(await countOf(id), 1, 'the authenticator holds the credential it made');
  t.equal((await h.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: first.authCode }), headers: first.auth, payload: { passkey } })).status, 200);
  t.equal(await countOf(id), 1, 'sending it to SSOJet does not change the count');
  const second = await registerInit('grow-2@example.com');
  await h.call({ method: 'POST', url: `/__sandbox/authenticators/${id}/create`, payload: { publicKey: second.publicKey, origin: ORIGIN } });
  t.equal(await countOf(id), 2);
});

t.test('a refused /create does not add a credential to the count', async (t) => {
  const id = (await create()).authenticator_id;
  const o = await registerInit('refused@example.com');
  const passkey = (await h.call({ method: 'POST', url: `/__sandbox/authenticators/${id}/create`, payload: { publicKey: o.publicKey, origin: ORIGIN } })).body;
  await h.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: o.authCode }), headers: o.auth, payload: { passkey } });
  const again = await registerInit('refused@example.com');
  const excluded = await h.call({ method: 'POST', url: `/__sandbox/authenticators/${id}/create`, payload: { publicKey: again.publicKey, origin: ORIGIN } });
  t.equal(excluded.status, 400);
  t.equal(excluded.body.error, 'authenticator_refused');
  const getOnly = await h.call({ method: 'POST', url: `/__sandbox/authenticators/${id}/create`, payload: { publicKey: again.publicKey, origin: ORIGIN, fault: 'bad_signature' } });
  t.equal(getOnly.status, 400);
  t.equal(await countOf(id), 1);
});

t.test('the list agrees with the authenticators of GET /__sandbox/state', async (t) => {
  const state = await h.state();
  const listed = await list();
  t.same(state.authenticators.map((a: { authenticator_id: string }) => a.authenticator_id), listed.map((a) => a.authenticator_id));
  t.same(state.authenticators.map((a: { credentials: unknown[] }) => a.credentials.length), listed.map((a) => a.credentials));
  t.same(state.authenticators.map((a: { options: { alg: number } }) => a.options.alg), listed.map((a) => a.alg));
});

t.test('PUT /__sandbox/state restores exactly the exported list', async (t) => {
  const exported = await h.state();
  const before = await list();
  await create({ alg: -8 });
  t.equal((await list()).length, before.length + 1);
  t.equal((await h.call({ method: 'PUT', url: '/__sandbox/state', payload: exported })).status, 200);
  t.same(await list(), before, 'the authenticator created after the export is gone, the others are back');
});

t.test('POST /__sandbox/reset empties the list', async (t) => {
  t.ok((await list()).length > 0);
  t.equal((await h.call({ method: 'POST', url: '/__sandbox/reset', payload: {} })).status, 200);
  t.same(await list(), []);
  t.same((await h.state()).authenticators, []);
});
