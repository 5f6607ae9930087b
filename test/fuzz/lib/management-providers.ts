import type { FuzzRequest } from './mutations.js';
import { ALICE, DEFAULT_CLIENT } from '../../helper.js';

/** SSOJet's example ids, which the default client's seeded roles and permissions carry. */
const ADMIN_ROLE = '668e7e5946b448ab754b44ac';
const DEVELOPER_ROLE = '668e7e5a46b448ab754b44ad';
const TEAM_VIEW = '668e7e5946b448ab754b44a8';

/** The organization the fuzz world adds before its baseline (ALICE's domain whitelisted). */
export const FUZZ_ORGANIZATION = { Name: 'fuzz-org', WhiteListDomains: ['example.com'], AllowProfilesOutsideOrganization: false };

type Context = { req: FuzzRequest; pathParams: Record<string, string> };
type Provider = (w: { organizationId: string }) => Promise<Context>;

const client: [string, string][] = [['client_id', DEFAULT_CLIENT]];
/** A management request of the default client; `path` is '' where the template and pathParams build it. */
const call = (method: string, path: string, pathParams: Record<string, string> = {}, json?: unknown): Context => ({
  req: { method, path, query: client.map(([k, v]) => [k, v]), headers: {}, ...(json === undefined ? {} : { body: { json } }) },
  pathParams,
});
const user = { userid: ALICE.user_id };

/**
 * A working request for each management operation (CONTRACT-API.md §6), for the spec fuzzer:
 * every case starts from one of these and the fuzzer mutates or regenerates its parts.
 */
export const managementProviders: Record<string, Provider> = {
  async listUsers() { const ctx = call('GET', '/api/v1/users'); ctx.req.query.push(['limit', '2'], ['page', '1']); return ctx; },
  async listUsersAlias() { return call('GET', '/api/api/users'); },
  async createUser() { return call('POST', '/api/v1/users', {}, { first_name: 'Carol', last_name: 'Jones', email: 'carol@example.com' }); },
  async deleteUserWithoutId() { return call('DELETE', '/api/v1/users'); },
  async getUser() { return call('GET', '', user); },
  async updateUser() { return call('PUT', '', user, { first_name: 'Alicia', groups: { team: 'a' }, raw_attributes: { test: 'abc' } }); },
  async deleteUser() { return call('DELETE', '', user); },
  async getUserByEmail() { return call('GET', '', { useremail: ALICE.email }); },
  async verifyUserStatus() { return call('POST', '', user, { verification_status: 'true' }); },
  async manageUserRoles() { return call('PUT', '', user, { role_id: [ADMIN_ROLE] }); },
  async getUserOrganizations() { return call('GET', '', user); },
  async getUserLoginLogs() { return call('GET', '', user); },
  async addOrganization() { return call('POST', '/api/v1/organization', {}, { Name: 'acme', WhiteListDomains: ['acme.test'], AllowProfilesOutsideOrganization: true }); },
  async getOrganization({ organizationId }) { return call('GET', '', { organizationid: organizationId }); },
  async updateOrganization({ organizationId }) { return call('PUT', '', { organizationid: organizationId }, { Name: 'renamed', WhiteListDomains: ['example.org'], website: 'https://example.org' }); },
  async updateOrganizationV1({ organizationId }) { return call('PUT', '', { organizationid: organizationId }, { Name: 'renamed' }); },
  async deleteOrganization({ organizationId }) { return call('DELETE', '', { organizationid: organizationId }); },
  async deleteOrganizationAccount({ organizationId }) { return call('DELETE', '', { organizationid: organizationId }); },
  async listOrganizations() { return call('GET', '/api/v1/organizations'); },
  async listRoles() { return call('GET', '/api/v1/roles'); },
  async createRole() { return call('POST', '/api/v1/roles', {}, { name: 'Support', slug: 'support', description: 'Answers tickets' }); },
  async updateRole() { return call('PUT', '', { roleId: DEVELOPER_ROLE }, { name: 'Dev', permission_id: [TEAM_VIEW] }); },
  async removeRole() { return call('DELETE', '', { roleId: DEVELOPER_ROLE }); },
  async listPermissions() { return call('GET', '/api/v1/permissions'); },
  async updatePermission() { return call('PUT', '', { permissionid: TEAM_VIEW }, { name: 'Team Read', slug: 'team-read', description: 'Read the team' }); },
  async removePermission() { return call('DELETE', '', { permissionid: TEAM_VIEW }); },
  async getConfiguration() { return call('GET', '/api/v1/config'); },
};

/** POST /__sandbox/memberships for ALICE and the fuzz organization. */
export const membershipProvider: Provider = async ({ organizationId }) => ({
  req: { method: 'POST', path: '/__sandbox/memberships', query: [], headers: {}, body: { json: { client_id: DEFAULT_CLIENT, user_id: ALICE.user_id, organization_id: organizationId } } },
  pathParams: {},
});
