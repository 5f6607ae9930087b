// The organization operations of the management API (CONTRACT-API.md §6 O1–O5), through HTTP.
import t from 'tap';
import { ALICE, build } from '../../helper.js';
import { management, refusedUnchanged } from './management-helper.js';

const h = await build(t);
const m = management(h);
t.beforeEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset', payload: {} }); });

const ORG_KEYS = ['id', 'name', 'WhiteListDomain', 'allow_profiles_outside_organization', 'sso_connection_token', 'domain', 'WorkspaceName', 'is_active'];
const add = async (body: Record<string, unknown> = { Name: 'example_wrokspace', WhiteListDomains: ['Example.com'], AllowProfilesOutsideOrganization: true }) => {
  const res = await m.post('/api/v1/organization', body);
  if (res.status !== 200) throw new Error(`add failed: ${JSON.stringify(res.body)}`);
  return res.body;
};

t.test('Add New Organization takes PascalCase and answers the object with name, WhiteListDomain (singular) and a seeded sso_connection_token', async (t) => {
  const org = await add();
  t.same(Object.keys(org), ORG_KEYS, "the keys of SSOJet's example, in its order");
  t.match(org, { name: 'example_wrokspace', WhiteListDomain: ['example.com'], allow_profiles_outside_organization: true, domain: '', WorkspaceName: '', is_active: true });
  t.match(org.sso_connection_token, /^org_token_[0-9a-v]{20}\.[0-9a-f]{32}\.[0-9A-Za-z]{22}$/);
  t.notOk('Name' in org || 'WhiteListDomains' in org, 'the request casing is not echoed');
  await h.call({ method: 'POST', url: '/__sandbox/reset', payload: {} });
  t.same(await add(), org, 'same seed, same organization: id and token included');
});

t.test('Add New Organization accepts the WhiteListDomain alias, and refuses the two spellings when they differ', async (t) => {
  const org = await add({ Name: 'alias', WhiteListDomain: ['alias.test'] });
  t.same(org.WhiteListDomain, ['alias.test']);
  await refusedUnchanged(t, h, () => m.post('/api/v1/organization', { Name: 'x', WhiteListDomains: ['a.test'], WhiteListDomain: ['b.test'] }), 400, 'invalid_request_body', /WhiteListDomains and body.WhiteListDomain differ/);
  await refusedUnchanged(t, h, () => m.post('/api/v1/organization', { WhiteListDomains: ['a.test'] }), 400, 'invalid_request_body', /Name/);
});

t.test('Get Organization answers WhiteListDomain, Get All Organization an array whose items use WhiteListDomains', async (t) => {
  const a = await add();
  const b = await add({ Name: 'second', WhiteListDomains: ['gmail.com', 'gamil2.com'] });
  const one = await m.get(`/api/v1/organization/${a.id}`);
  t.equal(one.status, 200);
  t.same(one.body, a);
  const all = await m.get('/api/v1/organizations');
  t.equal(all.status, 200);
  t.same(all.body.map((o: { id: string }) => o.id), [a.id, b.id], 'in the order added');
  t.same(all.body[1].WhiteListDomains, ['gmail.com', 'gamil2.com']);
  t.notOk('WhiteListDomain' in all.body[1], 'plural here');
});

t.test('Get Organization of an unknown id answers 404', async (t) => {
  await refusedUnchanged(t, h, () => m.get('/api/v1/organization/000000000000000000000001'), 404, 'resource_not_found', /no organization 000000000000000000000001/);
});

t.test('Update Organization merges at both paths and answers one object with WhiteListDomains', async (t) => {
  const org = await add();
  const res = await m.put(`/api/account/organization/${org.id}`, { Name: 'sso', WhiteListDomains: ['gmail.com', 'gamil2.com'], address: '', website: 'https://sso.test', time_zone: '', currency: '' });
  t.equal(res.status, 200);
  t.notOk(Array.isArray(res.body), 'a single object, not the array the prose describes');
  t.match(res.body, { id: org.id, name: 'sso', WhiteListDomains: ['gmail.com', 'gamil2.com'], allow_profiles_outside_organization: true, sso_connection_token: org.sso_connection_token });
  const v1 = await m.put(`/api/v1/organization/${org.id}`, { Name: 'renamed' });
  t.equal(v1.status, 200);
  t.match(v1.body, { name: 'renamed', WhiteListDomains: ['gmail.com', 'gamil2.com'] }, 'the prose path merges too');
  const stored = (await h.state()).organizations.find((o: { id: string }) => o.id === org.id);
  t.equal(stored.website, 'https://sso.test', 'fields the answer does not show are kept');
});

t.test('Update Organization of an unknown id answers 404 at both paths', async (t) => {
  for (const path of ['/api/account/organization/000000000000000000000001', '/api/v1/organization/000000000000000000000001']) {
    await refusedUnchanged(t, h, () => m.put(path, { Name: 'x' }), 404, 'resource_not_found', /no organization/);
  }
});

t.test('Delete Organization answers {is_deleted: true} at both paths and takes the memberships with it', async (t) => {
  const a = await add();
  const b = await add({ Name: 'b' });
  const membership = await h.call({ method: 'POST', url: '/__sandbox/memberships', payload: { client_id: 'cli_sandbox0000000000001', user_id: ALICE.user_id, organization_id: b.id } });
  t.equal(membership.status, 201);
  t.same((await m.del(`/api/v1/organization/${a.id}`)).body, { is_deleted: true });
  t.same((await m.del(`/api/account/organization/${b.id}`)).body, { is_deleted: true });
  const state = await h.state();
  t.same(state.organizations, []);
  t.same(state.memberships, [], 'the membership went with its organization');
  await refusedUnchanged(t, h, () => m.del(`/api/v1/organization/${a.id}`), 404, 'resource_not_found', /no organization/);
});

t.test('POST /__sandbox/memberships refuses an unknown user or organization with 404', async (t) => {
  const org = await add();
  const post = (payload: Record<string, string>) => () => h.call({ method: 'POST', url: '/__sandbox/memberships', payload: { client_id: 'cli_sandbox0000000000001', ...payload } });
  await refusedUnchanged(t, h, post({ user_id: '000000000000000000000001', organization_id: org.id }), 404, 'resource_not_found', /no user/);
  await refusedUnchanged(t, h, post({ user_id: ALICE.user_id, organization_id: '000000000000000000000001' }), 404, 'resource_not_found', /no organization/);
});
