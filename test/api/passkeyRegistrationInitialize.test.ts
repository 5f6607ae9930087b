import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, paths } from '../helper.js';

const h = await build(t);

t.test('creation options follow the client: rp, policy, and SSOJet algorithm list', async (t) => {
  const client = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { rp_id: 'app.example.test', rp_name: 'Example', policy: { user_verification: 'required', resident_key: 'preferred', authenticator_attachment: null, attestation: 'direct' } } });
  const token = await h.session('frank@example.com', client.body.client_id);
  const res = await h.call({ url: paths.register({}), headers: { 'x-client-id': client.body.client_id, authorization: `Bearer ${token}` } });
  t.equal(res.status, 200);
  t.same(res.body.publicKey.rp, { name: 'Example', id: 'app.example.test' });
  t.same(res.body.publicKey.authenticatorSelection, { requireResidentKey: false, residentKey: 'preferred', userVerification: 'required' });
  t.equal(res.body.publicKey.attestation, 'direct');
  t.ok(res.body.publicKey.pubKeyCredParams.some((p: { alg: number }) => p.alg === -8), 'EdDSA offered');
});

t.test('registration initialize needs a Bearer of a user of the same client', async (t) => {
  const none = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }) });
  t.equal(none.status, 401);
  t.equal(none.body.error, 'invalid_token');
  const noClient = await h.call({ url: paths.register({}), headers: { authorization: `Bearer ${await h.session(ALICE.email)}` } });
  t.equal(noClient.status, 400, 'the client id is checked first');
  t.equal(noClient.body.error, 'client_id_required');
});

t.test('a token whose user was removed by a reset is refused', async (t) => {
  const token = await h.session('temp@example.com');
  await h.call({ method: 'POST', url: '/__sandbox/reset', payload: {} });
  const res = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${token}` } });
  t.equal(res.status, 401);
  t.match(res.body.error_description, /no longer exists/);
});
