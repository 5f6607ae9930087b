// GET Users Organizations and GET User Login Logs (CONTRACT-API.md §6 U9, U10), through HTTP.
import t from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, PINNED, registerPasskey, startLogin } from '../../helper.js';
import { IDS, management, refusedUnchanged } from './management-helper.js';

const h = await build(t);
const m = management(h);
t.beforeEach(async () => { await h.call({ method: 'POST', url: '/__sandbox/reset', payload: {} }); });

const addOrg = async (Name: string, WhiteListDomains: string[]) => (await m.post('/api/v1/organization', { Name, WhiteListDomains })).body as { id: string };

t.test('GET Users Organizations lists the organizations whose domain is the email\'s, in SSOJet\'s casing, with the user\'s roles', async (t) => {
  const acme = await addOrg('test0121', ['EXAMPLE.com']);
  await addOrg('elsewhere', ['other.test']);
  await m.put(`/api/v1/users/${ALICE.user_id}/roles`, { role_id: [IDS.admin] });
  const res = await m.get(`/api/account/identity/users/${ALICE.user_id}/organizations`);
  t.equal(res.status, 200);
  t.same(res.body, {
    id: ALICE.user_id,
    email_id: ALICE.email,
    organizations: [{
      id: acme.id, Name: 'test0121', WhiteListDomains: ['example.com'], AllowProfilesOutsideOrganization: false, domain: '', WorkspaceName: '',
      roles: [{ role_id: IDS.admin, role_name: 'Admin', permissions: ['Team View', 'Team Manage', 'Manage SSO Connection'] }],
      is_active: true, status: 'active',
    }],
  }, "SSOJet's example, field for field");
});

t.test('POST /__sandbox/memberships makes a member whatever the domain; Update Organization moves domain members at once', async (t) => {
  const other = await addOrg('other', ['other.test']);
  const ids = async () => ((await m.get(`/api/account/identity/users/${BOB.user_id}/organizations`)).body.organizations as Array<{ id: string }>).map((o) => o.id);
  t.same(await ids(), [], 'not a member by domain');
  await h.call({ method: 'POST', url: '/__sandbox/memberships', payload: { client_id: DEFAULT_CLIENT, user_id: BOB.user_id, organization_id: other.id } });
  t.same(await ids(), [other.id], 'a member by the control API');
  const domain = await addOrg('later', ['nowhere.test']);
  await m.put(`/api/account/organization/${domain.id}`, { WhiteListDomains: ['example.com'] });
  t.same(await ids(), [other.id, domain.id], 'a member by the updated domain');
  const orgs = (await m.get(`/api/account/identity/users/${BOB.user_id}/organizations`)).body.organizations;
  t.same(orgs[0].roles, [], 'no roles until Manage User Roles gives some');
});

t.test('GET Users Organizations takes the client id from the x-client-id header, and an unknown user gets 404', async (t) => {
  const res = await h.call({ url: `/api/account/identity/users/${ALICE.user_id}/organizations`, headers: { 'x-client-id': DEFAULT_CLIENT } });
  t.equal(res.status, 200);
  await refusedUnchanged(t, h, () => m.get('/api/account/identity/users/000000000000000000000001/organizations'), 404, 'resource_not_found', /no user/);
});

t.test('GET User Login Logs lists every successful sign-in newest first, in PascalCase strings', async (t) => {
  const none = await m.get(`/api/v1/users/${ALICE.user_id}/loginlogs`);
  t.same(none.body, { login_logs: [] }, 'no sign-in yet');
  const { authenticator } = await registerPasskey(h, ALICE.email);
  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 60000 } });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, authenticator);
  const signedIn = await h.call({ method: 'POST', url: finishUrl, payload: { passkey }, headers: { 'user-agent': 'Mozilla/5.0 (test)' } });
  t.equal(signedIn.status, 200);
  const res = await m.get(`/api/v1/users/${ALICE.user_id}/loginlogs`);
  t.equal(res.status, 200);
  t.equal(res.body.login_logs.length, 1, 'the passkey sign-in (the sandbox session shortcut is not a sign-in)');
  t.same(res.body.login_logs[0], { IpAddress: '127.0.0.1', Country: '', City: '', UserAgent: 'Mozilla/5.0 (test)', Name: '', Os: '', Device: '', CreatedAt: '2026-01-01T00:01:00.000Z' });
  t.not(res.body.login_logs[0].CreatedAt, PINNED);
  const second = await startLogin(h, ALICE.email, authenticator);
  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 1000 } });
  await h.call({ method: 'POST', url: second.finishUrl, payload: { passkey: second.passkey } });
  const both = (await m.get(`/api/v1/users/${ALICE.user_id}/loginlogs`)).body.login_logs as Array<{ CreatedAt: string }>;
  t.same(both.map((l) => l.CreatedAt), ['2026-01-01T00:01:01.000Z', '2026-01-01T00:01:00.000Z'], 'newest first');
});

t.test('GET User Login Logs accepts the Bearer SSOJet\'s sample sends, and an unknown user gets 404', async (t) => {
  const token = await h.session(ALICE.email);
  const res = await h.call({ url: `/api/v1/users/${ALICE.user_id}/loginlogs?client_id=${DEFAULT_CLIENT}`, headers: { authorization: `Bearer ${token}` } });
  t.equal(res.status, 200);
  await refusedUnchanged(t, h, () => m.get('/api/v1/users/000000000000000000000001/loginlogs'), 404, 'resource_not_found', /no user/);
});
