// MANAGEMENT_AUTH=client|secret (CONTRACT-API.md §1, §7 #18) and isolation between clients.
import t from 'tap';
import { ALICE, build, clientSecretOf, DEFAULT_CLIENT } from '../../helper.js';
import { IDS, management, refusedUnchanged } from './management-helper.js';

t.test('MANAGEMENT_AUTH=client (the default): the client id alone is enough, and x-client-secret is not looked at', async (t) => {
  const h = await build(t);
  t.equal((await management(h).get('/api/v1/users')).status, 200, 'no secret');
  t.equal((await management(h, DEFAULT_CLIENT, { 'x-client-secret': 'sk_wrong' }).get('/api/v1/roles')).status, 200, 'a wrong secret is ignored');
  await refusedUnchanged(t, h, () => h.call({ url: '/api/v1/users' }), 400, 'client_id_required', /client id is missing/);
  await refusedUnchanged(t, h, () => management(h, 'cli_nobody').get('/api/v1/users'), 401, 'invalid_client', /no client cli_nobody/);
});

t.test("MANAGEMENT_AUTH=secret: every management operation needs the client's secret in x-client-secret", async (t) => {
  const h = await build(t, { managementAuth: 'secret' });
  const secret = await clientSecretOf(h);
  await refusedUnchanged(t, h, () => management(h).post('/api/v1/users', { first_name: 'C', last_name: 'J', email: 'carol@example.com' }), 401, 'invalid_client', /send the client's secret in x-client-secret/);
  await refusedUnchanged(t, h, () => management(h, DEFAULT_CLIENT, { 'x-client-secret': 'sk_wrong' }).del(`/api/v1/users/${ALICE.user_id}`), 401, 'invalid_client', /x-client-secret is not the secret of client cli_sandbox0000000000001/);
  const m = management(h, DEFAULT_CLIENT, { 'x-client-secret': secret });
  t.equal((await m.get('/api/v1/users')).status, 200, 'with the secret');
  t.equal((await m.post('/api/v1/organization', { Name: 'acme' })).status, 200);
  t.equal((await m.get('/api/v1/config')).status, 200, 'configuration too');
  await refusedUnchanged(t, h, () => management(h, 'cli_nobody', { 'x-client-secret': secret }).get('/api/v1/users'), 401, 'invalid_client', /no client cli_nobody/);
});

t.test("MANAGEMENT_AUTH=secret: configuration by custom domain needs that domain's client's secret", async (t) => {
  const h = await build(t, { managementAuth: 'secret' });
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { custom_domain: 'login.acme.test' } })).body;
  const url = '/api/v1/config?domain=login.acme.test';
  await refusedUnchanged(t, h, () => h.call({ url }), 401, 'invalid_client', /send the client's secret/);
  const defaultSecret = await clientSecretOf(h);
  await refusedUnchanged(t, h, () => h.call({ url, headers: { 'x-client-secret': defaultSecret } }), 401, 'invalid_client', new RegExp(`not the secret of client ${other.client_id}`));
  const res = await h.call({ url, headers: { 'x-client-secret': other.client_secret } });
  t.equal(res.status, 200);
  t.equal(res.body.client_id, other.client_id);
});

t.test("two clients' users, organizations, roles and permissions are apart", async (t) => {
  const h = await build(t);
  const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'other' } })).body.client_id as string;
  const a = management(h);
  const b = management(h, other);
  const carolA = (await a.post('/api/v1/users', { first_name: 'C', last_name: 'A', email: 'carol@example.com' })).body;
  const carolB = await b.post('/api/v1/users', { first_name: 'C', last_name: 'B', email: 'carol@example.com' });
  t.equal(carolB.status, 200, 'the same email in another client is another user');
  t.not(carolB.body._id, carolA._id);
  t.not(carolB.body.account_id, IDS.account, "the other client's account_id is its own");
  t.same((await b.get('/api/v1/users')).body.map((u: { _id: string }) => u._id), [carolB.body._id], 'B lists only its user');
  await refusedUnchanged(t, h, () => b.get(`/api/v1/users/${carolA._id}`), 404, 'resource_not_found', /has no user/);
  await refusedUnchanged(t, h, () => b.del(`/api/v1/users/${ALICE.user_id}`), 404, 'resource_not_found', /has no user/);

  const rolesB = (await b.get('/api/v1/roles')).body as Array<{ id: string; slug: string }>;
  t.same(rolesB.map((r) => r.slug), ['owner', 'admin', 'developer', 'member'], 'B is seeded with the same four roles');
  t.notOk(rolesB.some((r) => Object.values(IDS).includes(r.id)), "with ids of its own, not SSOJet's example ids");
  await refusedUnchanged(t, h, () => b.del(`/api/v1/roles/${IDS.developer}`), 404, 'resource_not_found', /has no role/);
  await refusedUnchanged(t, h, () => b.put(`/api/v1/users/${carolB.body._id}/roles`, { role_id: [IDS.admin] }), 400, 'invalid_request_body', /is not a role of client/);
  t.equal((await a.post('/api/v1/roles', { name: 'Support', slug: 'support', description: '' })).status, 200);
  t.equal((await b.post('/api/v1/roles', { name: 'Support', slug: 'support', description: '' })).status, 200, 'slugs are unique per client');

  const orgA = (await a.post('/api/v1/organization', { Name: 'acme', WhiteListDomains: ['example.com'] })).body;
  t.same((await b.get('/api/v1/organizations')).body, [], "B sees none of A's organizations");
  await refusedUnchanged(t, h, () => b.put(`/api/account/organization/${orgA.id}`, { Name: 'x' }), 404, 'resource_not_found', /has no organization/);
  t.same((await b.get(`/api/account/identity/users/${carolB.body._id}/organizations`)).body.organizations, [], "A's domain does not make B's user a member");
});
