// Tests of operation sandboxCreateClient (openapi.yaml), through HTTP.
import t from 'tap';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { ALICE, build, DEFAULT_CLIENT, ORIGIN, paths, registerPasskey, startLogin, isError } from '../helper.js';

const h = await build(t);


const create = (payload?: object) => h.call({ method: 'POST', url: '/__sandbox/clients', ...(payload ? { payload } : {}) });
const clientIds = async () => (await h.call({ url: '/__sandbox/clients' })).body.map((c: { client_id: string }) => c.client_id) as string[];
const rawState = async () => (await h.call({ url: '/__sandbox/state' })).raw.body;
const defaultPolicy = { user_verification: 'preferred', resident_key: 'required', authenticator_attachment: 'platform', attestation: 'none', allow_cross_origin: false, mfa_issuer: 'ssojet-sandbox' };
const SECRET = /^sk_[0-9a-v]{20}\.[0-9A-Za-z]{22}$/;

t.test('POST {} creates a client with the defaults: rp_id localhost, local origins, the default policy → 201', async (t) => {
  const res = await create({});
  t.equal(res.status, 201);
  t.match(res.body.client_id, /^cli_[0-9a-v]{20}$/);
  t.same(res.body, {
    client_id: res.body.client_id,
    name: res.body.client_id,
    rp_id: 'localhost',
    rp_name: 'localhost',
    origins: ['http://localhost:*', 'http://127.0.0.1:*'],
    policy: defaultPolicy,
    client_secret: res.body.client_secret,
    redirect_uris: [],
    post_logout_redirect_uris: [],
    public: false,
  });
  t.match(res.body.client_secret, SECRET, 'a seeded secret shaped sk_<20 base32>.<22 base62>');
  t.ok((await clientIds()).includes(res.body.client_id), 'the client is listed');
});

t.test('each client gets its own secret, and a given client_secret is kept as sent', async (t) => {
  const a = await create({});
  const b = await create({});
  t.not(a.body.client_secret, b.body.client_secret);
  const set = await create({ client_secret: 'my+secret/with=odd%chars' });
  t.equal(set.status, 201);
  t.equal(set.body.client_secret, 'my+secret/with=odd%chars');
  const listed = (await h.call({ url: '/__sandbox/clients' })).body.find((c: { client_id: string }) => c.client_id === set.body.client_id);
  t.equal(listed.client_secret, 'my+secret/with=odd%chars', 'GET /__sandbox/clients lists the secret');
});

t.test('the same seed gives a client the same secret after a reset; another seed another one', async (t) => {
  const list = async () => (await h.call({ url: '/__sandbox/clients' })).body[0].client_secret as string;
  const first = await list();
  t.match(first, SECRET);
  await h.call({ method: 'POST', url: '/__sandbox/reset' });
  t.equal(await list(), first);
  await h.call({ method: 'POST', url: '/__sandbox/reset', payload: { seed: 77 } });
  const other = await list();
  t.match(other, SECRET);
  t.not(other, first);
  await h.call({ method: 'POST', url: '/__sandbox/reset' });
});

t.test('a client_secret with a space or an empty one is refused with 400 naming client_secret, and no client is made', async (t) => {
  const before = await rawState();
  for (const client_secret of ['has space', '']) {
    const res = await create({ client_secret });
    isError(t, res, 400, 'invalid_request_body', /client_secret/);
  }
  t.equal(await rawState(), before);
});

t.test('POST without a body creates a client with the defaults too', async (t) => {
  const res = await create();
  t.equal(res.status, 201);
  t.equal(res.body.rp_id, 'localhost');
  t.same(res.body.policy, defaultPolicy);
});

t.test('each created client gets a new client_id', async (t) => {
  const a = await create({});
  const b = await create({});
  t.not(a.body.client_id, b.body.client_id);
});

t.test('a custom name, rp_id, rp_name, origins and policy come back as given', async (t) => {
  const input = {
    name: 'Shop',
    rp_id: 'shop.example.test',
    rp_name: 'Example Shop',
    origins: ['https://shop.example.test', 'http://localhost:*'],
    policy: { user_verification: 'required', resident_key: 'preferred', authenticator_attachment: 'cross-platform', attestation: 'direct', allow_cross_origin: true },
  } as const;
  const res = await create(input);
  t.equal(res.status, 201);
  t.same(res.body, { client_id: res.body.client_id, ...input, policy: { ...input.policy, mfa_issuer: 'ssojet-sandbox' }, client_secret: res.body.client_secret, redirect_uris: [], post_logout_redirect_uris: [], public: false });
  const listed = (await h.call({ url: '/__sandbox/clients' })).body.find((c: { client_id: string }) => c.client_id === res.body.client_id);
  t.same(listed, res.body);
});

t.test('a partial policy is merged over the default policy', async (t) => {
  const res = await create({ policy: { user_verification: 'discouraged' } });
  t.same(res.body.policy, { ...defaultPolicy, user_verification: 'discouraged' });
});

t.test('a custom rp_id without origins defaults to https://<rp_id>', async (t) => {
  const res = await create({ rp_id: 'app.example.test' });
  t.same(res.body.origins, ['https://app.example.test']);
  t.equal(res.body.rp_name, 'app.example.test');
});

t.test("a client's rp_id and policy reach its ceremonies", async (t) => {
  const res = await create({ rp_id: 'shop.example.test', rp_name: 'Shop', origins: ['https://shop.example.test'], policy: { user_verification: 'required', attestation: 'direct', authenticator_attachment: 'cross-platform' } });
  const clientId = res.body.client_id;
  const token = await h.session('buyer@example.com', clientId);
  const init = await h.call({ url: paths.register({ client_id: clientId }), headers: { authorization: `Bearer ${token}` } });
  t.equal(init.status, 200);
  t.same(init.body.publicKey.rp, { name: 'Shop', id: 'shop.example.test' });
  t.equal(init.body.publicKey.attestation, 'direct');
  t.match(init.body.publicKey.authenticatorSelection, { authenticatorAttachment: 'cross-platform', userVerification: 'required' });
  const login = await h.call({ url: paths.login({ client_id: clientId, identifier: 'buyer@example.com' }) });
  t.match(login.body.publicKey, { rpId: 'shop.example.test', userVerification: 'required' });
});

t.test("a client's custom origins are enforced: its origin signs in, a localhost origin does not", async (t) => {
  const res = await create({ rp_id: 'localhost', origins: ['https://localhost:8443'] });
  const clientId = res.body.client_id;
  const reg = await registerPasskey(h, 'gina@example.com', { clientId, origin: 'https://localhost:8443' });
  const good = await startLogin(h, 'gina@example.com', reg.authenticator, { origin: 'https://localhost:8443' }, clientId);
  t.equal((await h.call({ method: 'POST', url: good.finishUrl, payload: { passkey: good.passkey } })).status, 200);
  const bad = await startLogin(h, 'gina@example.com', reg.authenticator, { origin: ORIGIN }, clientId);
  const refused = await h.call({ method: 'POST', url: bad.finishUrl, payload: { passkey: bad.passkey } });
  isError(t, refused, 401, 'passkey_authentication_failed', /origin "http:\/\/localhost:3000" is not among client .* allowed origins \[https:\/\/localhost:8443\]/);
});

for (const [label, origin] of [
  ['without a scheme', 'localhost:3000'],
  ['with a path', 'http://app.example.test/login'],
  ['with another scheme', 'ftp://app.example.test'],
  ['empty', ''],
] as const) {
  t.test(`an origin ${label} is refused with 400 naming body.origins, and no client is created`, async (t) => {
    const before = await rawState();
    const res = await create({ origins: ['http://localhost:*', origin] });
    isError(t, res, 400, 'invalid_request_body', /body\.origins\.1 /);
    t.equal(await rawState(), before);
  });
}

t.test('origins that are not an array are refused with 400 naming body.origins', async (t) => {
  const res = await create({ origins: 'http://localhost:3000' as never });
  isError(t, res, 400, 'invalid_request_body', /body\.origins must be array/);
});

t.test('an invalid policy value is refused with 400 naming the field and the allowed values', async (t) => {
  const res = await create({ policy: { user_verification: 'always' } as never });
  isError(t, res, 400, 'invalid_request_body', /body\.policy\.user_verification must be one of "required", "preferred", "discouraged"/);
});

t.test('an rp_id that is not a host name is refused with 400 naming body.rp_id', async (t) => {
  const res = await create({ rp_id: 'https://example.test' });
  isError(t, res, 400, 'invalid_request_body', /body\.rp_id must match pattern/);
});

t.test('a client_id cannot be chosen by the caller: 400 naming body.client_id', async (t) => {
  const res = await create({ client_id: 'cli_mine' } as never);
  isError(t, res, 400, 'invalid_request_body', /body\.client_id is not an allowed property/);
});

t.test('an unknown policy key is refused with 400 naming it', async (t) => {
  const res = await create({ policy: { uv: 'required' } as never });
  isError(t, res, 400, 'invalid_request_body', /body\.policy\.uv is not an allowed property/);
});

t.test('isolation: a user of one client is not visible to another client', async (t) => {
  const other = (await create({ name: 'other' })).body.client_id;
  const carol = await h.call({ method: 'POST', url: '/__sandbox/users', payload: { client_id: other, email: 'carol@example.com' } });
  t.equal(carol.status, 201);
  const ofDefault = (await h.call({ url: `/__sandbox/users?client_id=${DEFAULT_CLIENT}` })).body;
  t.notOk(ofDefault.some((u: { email: string }) => u.email === 'carol@example.com'), "carol is not among the default client's users");
  const ofOther = (await h.call({ url: `/__sandbox/users?client_id=${other}` })).body;
  t.same(ofOther.map((u: { user_id: string }) => u.user_id), [carol.body.user_id], 'the other client has only carol');
  const sameEmail = await h.call({ method: 'POST', url: '/__sandbox/users', payload: { client_id: other, email: ALICE.email } });
  t.equal(sameEmail.status, 201, "alice's email is free in another client");
  t.not(sameEmail.body.user_id, ALICE.user_id, 'and names a different user');
});

t.test("isolation: another client's token is refused with 401 invalid_token saying it was issued to another client", async (t) => {
  const other = (await create({ name: 'tokens' })).body.client_id;
  const { auth } = await registerPasskey(h, 'hank@example.com', { clientId: other });
  const own = await h.call({ url: paths.credentials({ client_id: other }), headers: auth });
  t.equal(own.status, 200);
  t.equal(own.body.length, 1);
  const res = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: auth });
  isError(t, res, 401, 'invalid_token', new RegExp(`issued to client ${other}, not ${DEFAULT_CLIENT}`));
});

t.test("isolation: another client's auth_code is refused with 400 invalid_auth_code, and stays usable by its own client", async (t) => {
  const other = (await create({ name: 'codes' })).body.client_id;
  const ivy = await registerPasskey(h, 'ivy@example.com', { clientId: other });
  const { init, passkey, finishUrl } = await startLogin(h, 'ivy@example.com', ivy.authenticator, { origin: ORIGIN }, other);
  const foreign = await h.call({ method: 'POST', url: paths.login({ client_id: DEFAULT_CLIENT, identifier: 'ivy@example.com', auth_code: init.auth_code }), payload: { passkey } });
  isError(t, foreign, 400, 'invalid_auth_code', new RegExp(`auth_code ${init.auth_code} is unknown for this client`));
  const own = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(own.status, 200, 'a foreign attempt does not use up the auth_code');
});

t.test("isolation: a passkey of one client cannot sign in to another client, even for the same email", async (t) => {
  const other = (await create({ name: 'passkeys' })).body.client_id;
  const { authenticator } = await registerPasskey(h, ALICE.email, { clientId: other, authenticator: new VirtualAuthenticator() });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, authenticator);
  const res = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  isError(t, res, 401, 'passkey_authentication_failed', new RegExp(`is not registered for identifier ${ALICE.email} with client ${DEFAULT_CLIENT}`));
  const aliceOfDefault = await h.session(ALICE.email);
  const list = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${aliceOfDefault}` } });
  t.same(list.body, [], "the default client's alice has no passkeys");
});
