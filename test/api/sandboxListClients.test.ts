// Tests of operation sandboxListClients (openapi.yaml), through HTTP.
import t from 'tap';
import { build, DEFAULT_CLIENT, isError } from '../helper.js';

const h = await build(t);


const list = () => h.call({ url: '/__sandbox/clients' });

t.test('the default scenario lists one client: rp_id localhost, any localhost or 127.0.0.1 port, the default policy', async (t) => {
  const res = await list();
  t.equal(res.status, 200);
  t.ok(Array.isArray(res.body), 'a bare JSON array');
  t.same(res.body, [{
    client_id: DEFAULT_CLIENT,
    name: 'Sandbox app',
    rp_id: 'localhost',
    rp_name: 'SSOJet Sandbox',
    origins: ['http://localhost:*', 'http://127.0.0.1:*'],
    policy: { user_verification: 'preferred', resident_key: 'required', authenticator_attachment: 'platform', attestation: 'none', allow_cross_origin: false, mfa_issuer: 'ssojet-sandbox' },
    client_secret: res.body[0].client_secret,
    redirect_uris: ['http://localhost:*', 'http://127.0.0.1:*'],
    post_logout_redirect_uris: ['http://localhost:*', 'http://127.0.0.1:*'],
    public: false,
  }]);
  t.match(res.body[0].client_secret, /^sk_[0-9a-v]{20}\.[0-9A-Za-z]{22}$/);
});

t.test('created clients are listed after the scenario client, in creation order', async (t) => {
  const a = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'first' } });
  const b = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'second', rp_id: 'app.example.test' } });
  const res = await list();
  t.same(res.body.map((c: { client_id: string }) => c.client_id), [DEFAULT_CLIENT, a.body.client_id, b.body.client_id]);
  t.same(res.body[2], b.body, 'the listed client is the one POST returned');
});

t.test('listing clients changes nothing (the state is byte-identical before and after)', async (t) => {
  const before = (await h.call({ url: '/__sandbox/state' })).raw.body;
  await list();
  t.equal((await h.call({ url: '/__sandbox/state' })).raw.body, before);
});

t.test('after a reset the created clients are no longer listed', async (t) => {
  await h.call({ method: 'POST', url: '/__sandbox/reset' });
  t.same((await list()).body.map((c: { client_id: string }) => c.client_id), [DEFAULT_CLIENT]);
});

t.test('an unexpected query parameter is refused with 400 naming it', async (t) => {
  const res = await h.call({ url: '/__sandbox/clients?client_id=x' });
  isError(t, res, 400, 'invalid_query_parameters', /query\.client_id is not an allowed property/);
});

t.test('a method the path does not serve is refused with 405 listing GET and POST', async (t) => {
  const res = await h.call({ method: 'DELETE', url: '/__sandbox/clients' });
  isError(t, res, 405, 'method_not_allowed', /allowed: GET, POST$/);
});
