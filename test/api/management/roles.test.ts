// Roles and permissions of the management API (CONTRACT-API.md §6 R1–R7, §7 #9), through HTTP.
import t from 'tap';
import { BOB, build } from '../../helper.js';
import { IDS, management, refusedUnchanged } from './management-helper.js';

const h = await build(t);
const m = management(h);
t.beforeEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset', payload: {} }); });

const ROLE_KEYS = ['id', 'name', 'slug', 'description', 'permission_id', 'is_deleted', 'is_active'];

t.test("List All Roles answers the four seeded roles with SSOJet's example ids, List All Permission the three permissions", async (t) => {
  const roles = await m.get('/api/v1/roles');
  t.equal(roles.status, 200);
  t.same(roles.body.map((r: { id: string; name: string; slug: string }) => [r.id, r.name, r.slug]), [
    [IDS.owner, 'Owner', 'owner'], [IDS.admin, 'Admin', 'admin'], [IDS.developer, 'Developer', 'developer'], [roles.body[3].id, 'Member', 'member'],
  ]);
  t.same(Object.keys(roles.body[0]), ROLE_KEYS);
  t.same(roles.body[2].permission_id, [IDS.manageSso], "Developer's permission, as SSOJet's example");
  const permissions = await m.get('/api/v1/permissions');
  t.equal(permissions.status, 200);
  t.same(permissions.body.map((p: { id: string; name: string }) => [p.id, p.name]), [[IDS.teamView, 'Team View'], [IDS.teamManage, 'Team Manage'], [IDS.manageSso, 'Manage SSO Connection']]);
  t.same(Object.keys(permissions.body[0]), ['id', 'name', 'slug', 'description', 'is_active', 'is_deleted']);
});

t.test('Create New Role answers the array of all roles, the new one last with permission_id null', async (t) => {
  const res = await m.post('/api/v1/roles', { name: 'test', slug: 'test', description: 'A test role' });
  t.equal(res.status, 200);
  t.ok(Array.isArray(res.body), 'the whole roles array, as SSOJet\'s example');
  t.equal(res.body.length, 5);
  t.match(res.body[4], { name: 'test', slug: 'test', description: 'A test role', permission_id: null, is_deleted: false, is_active: true });
  t.same((await m.get('/api/v1/roles')).body, res.body, 'the same as List All Roles');
});

t.test('Create New Role refuses a slug already taken with 409 duplicate_slug naming the role that has it', async (t) => {
  await refusedUnchanged(t, h, () => m.post('/api/v1/roles', { name: 'Admins', slug: 'admin', description: '' }), 409, 'duplicate_slug', /body.slug "admin" is already the slug of role 668e7e5946b448ab754b44ac \(Admin\)/);
  await refusedUnchanged(t, h, () => m.post('/api/v1/roles', { name: 'x', slug: 'Not A Slug', description: '' }), 400, 'invalid_request_body', /slug/);
  await refusedUnchanged(t, h, () => m.post('/api/v1/roles', { name: 'x', slug: 'x' }), 400, 'invalid_request_body', /description/);
});

t.test('Update Existing Role merges and replaces permission_id, answering every role', async (t) => {
  const res = await m.put(`/api/v1/roles/${IDS.developer}`, { name: 'Dev', permission_id: [IDS.teamView, IDS.manageSso] });
  t.equal(res.status, 200);
  t.ok(Array.isArray(res.body));
  t.match(res.body.find((r: { id: string }) => r.id === IDS.developer), { name: 'Dev', slug: 'developer', permission_id: [IDS.teamView, IDS.manageSso] });
});

t.test('Update Existing Role refuses an unknown permission, a taken slug and an unknown role', async (t) => {
  await refusedUnchanged(t, h, () => m.put(`/api/v1/roles/${IDS.developer}`, { permission_id: ['000000000000000000000009'] }), 400, 'invalid_request_body', /body.permission_id\[0\] 000000000000000000000009 is not a permission/);
  await refusedUnchanged(t, h, () => m.put(`/api/v1/roles/${IDS.developer}`, { slug: 'owner' }), 409, 'duplicate_slug', /"owner" is already the slug of role 668e7e5946b448ab754b44ab/);
  await refusedUnchanged(t, h, () => m.put('/api/v1/roles/000000000000000000000009', { name: 'x' }), 404, 'resource_not_found', /no role/);
});

t.test('Remove Role soft-deletes: gone from the list and from users, kept in the state with is_deleted', async (t) => {
  await m.put(`/api/v1/users/${BOB.user_id}/roles`, { role_id: [IDS.admin, IDS.developer] });
  t.same((await m.del(`/api/v1/roles/${IDS.developer}`)).body, { is_deleted: true });
  t.notOk((await m.get('/api/v1/roles')).body.some((r: { id: string }) => r.id === IDS.developer), 'left out of List All Roles');
  t.same((await m.get(`/api/v1/users/${BOB.user_id}`)).body.roles, [IDS.admin], 'removed from the user');
  t.match((await h.state()).roles.find((r: { id: string }) => r.id === IDS.developer), { is_deleted: true, is_active: false });
  await refusedUnchanged(t, h, () => m.del(`/api/v1/roles/${IDS.developer}`), 404, 'resource_not_found', /no role 668e7e5a46b448ab754b44ad \(it was removed\)/);
  const again = await m.post('/api/v1/roles', { name: 'Developer', slug: 'developer', description: '' });
  t.equal(again.status, 200, 'a removed role frees its slug');
});

t.test('Remove Role refuses the Owner role with 400 protected_role', async (t) => {
  await refusedUnchanged(t, h, () => m.del(`/api/v1/roles/${IDS.owner}`), 400, 'protected_role', /Role 668e7e5946b448ab754b44ab \(Owner\) is the Owner role, which cannot be removed/);
});

t.test('Update Permission answers {id, name, slug, description}, and the new name shows in GET Users Organizations', async (t) => {
  const org = (await m.post('/api/v1/organization', { Name: 'Acme', WhiteListDomains: ['example.com'] })).body;
  await m.put(`/api/v1/users/${BOB.user_id}/roles`, { role_id: [IDS.admin] });
  const res = await m.put(`/api/v1/permissions/${IDS.teamView}`, { name: 'Team Read', slug: 'team-read', description: 'Read the team' });
  t.equal(res.status, 200);
  t.same(res.body, { id: IDS.teamView, name: 'Team Read', slug: 'team-read', description: 'Read the team' });
  const orgs = (await m.get(`/api/account/identity/users/${BOB.user_id}/organizations`)).body;
  t.equal(orgs.organizations[0].id, org.id);
  t.same(orgs.organizations[0].roles[0].permissions, ['Team Read', 'Team Manage', 'Manage SSO Connection']);
});

t.test('Update Permission refuses a taken slug with 409 and an unknown permission with 404', async (t) => {
  await refusedUnchanged(t, h, () => m.put(`/api/v1/permissions/${IDS.teamView}`, { slug: 'team-manage' }), 409, 'duplicate_slug', /already the slug of permission 668e7e5946b448ab754b44a9 \(Team Manage\)/);
  await refusedUnchanged(t, h, () => m.put('/api/v1/permissions/000000000000000000000009', { name: 'x' }), 404, 'resource_not_found', /no permission/);
});

t.test('Remove Permission soft-deletes it and takes it out of every role', async (t) => {
  t.same((await m.del(`/api/v1/permissions/${IDS.manageSso}`)).body, { is_deleted: true });
  t.notOk((await m.get('/api/v1/permissions')).body.some((p: { id: string }) => p.id === IDS.manageSso));
  const roles = (await m.get('/api/v1/roles')).body as Array<{ permission_id: string[] | null }>;
  t.notOk(roles.some((r) => r.permission_id?.includes(IDS.manageSso)), 'no role keeps it');
  t.same(roles[2].permission_id, [], 'Developer had only it');
  await refusedUnchanged(t, h, () => m.del(`/api/v1/permissions/${IDS.manageSso}`), 404, 'resource_not_found', /\(it was removed\)/);
});

t.test('ROLE_RESPONSE_SHAPE=object: Create and Update Role answer the role itself', async (t) => {
  const o = await build(t, { roleResponseShape: 'object' });
  const mo = management(o);
  const created = await mo.post('/api/v1/roles', { name: 'Support', slug: 'support', description: 'Answers tickets' });
  t.equal(created.status, 200);
  t.notOk(Array.isArray(created.body));
  t.same(Object.keys(created.body), ROLE_KEYS);
  t.match(created.body, { name: 'Support', slug: 'support', permission_id: null });
  const updated = await mo.put(`/api/v1/roles/${created.body.id}`, { permission_id: [IDS.teamView] });
  t.same(updated.body, { ...created.body, permission_id: [IDS.teamView] });
});
