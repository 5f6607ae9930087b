import { SandboxError } from '../../errors.js';
import type { Client, Membership, Organization, User } from '../../store/types.js';
import type { Services } from '../services.js';
import { requireUser } from './manage-users.js';
import { requireOrganization } from './organizations.js';

/** A member: the email's domain is whitelisted, or POST /__sandbox/memberships said so. */
function isMember(org: Organization, user: User, explicit: Set<string>): boolean {
  const domain = user.email.split('@')[1]?.toLowerCase();
  return explicit.has(org.id) || (domain !== undefined && org.white_list_domains.includes(domain));
}

/** GET Users Organizations: each organization the user belongs to, with the user's roles and their permission names. */
export async function userOrganizations(svc: Services, client: Client, userId: string) {
  const user = await requireUser(svc, client, userId);
  const orgs = await svc.store.listRecords('organizations', client.client_id);
  const explicit = new Set<string>();
  for (const org of orgs) {
    if (await svc.store.getRecord('memberships', client.client_id, `${org.id}:${user.user_id}`)) explicit.add(org.id);
  }
  const permissionNames = new Map((await svc.store.listRecords('permissions', client.client_id)).filter((p) => !p.is_deleted).map((p) => [p.id, p.name]));
  const roles: Array<{ role_id: string; role_name: string; permissions: string[] }> = [];
  for (const id of user.roles) {
    const role = await svc.store.getRecord('roles', client.client_id, id);
    if (!role || role.is_deleted) continue;
    const permissions = (role.permission_id ?? []).flatMap((p) => permissionNames.get(p) ?? []);
    roles.push({ role_id: role.id, role_name: role.name, permissions });
  }
  return {
    id: user.user_id,
    email_id: user.email,
    organizations: orgs.filter((o) => isMember(o, user, explicit)).map((o) => ({
      id: o.id, Name: o.name, WhiteListDomains: [...o.white_list_domains], AllowProfilesOutsideOrganization: o.allow_profiles_outside_organization,
      domain: o.domain, WorkspaceName: o.workspace_name, roles: roles.map((r) => ({ ...r, permissions: [...r.permissions] })), is_active: o.is_active, status: 'active',
    })),
  };
}

/** Manage User Roles: replaces the user's roles; every id must be a live role of the client. */
export async function setUserRoles(svc: Services, client: Client, userId: string, roleIds: string[]): Promise<User> {
  const user = await requireUser(svc, client, userId);
  for (const [i, id] of roleIds.entries()) {
    const role = await svc.store.getRecord('roles', client.client_id, id);
    if (!role || role.is_deleted) {
      throw new SandboxError('invalid_request_body', { reason: `body.role_id[${i}] ${id} is not a role of client ${client.client_id}; list them with GET /api/v1/roles` });
    }
  }
  const next = { ...user, roles: [...new Set(roleIds)], updated_at: svc.clock.now().toISOString() };
  await svc.store.putUser(next);
  return next;
}

/** POST /__sandbox/memberships: makes a user a member of an organization whatever their email domain. */
export async function addMembership(svc: Services, client: Client, userId: string, organizationId: string): Promise<Membership> {
  await requireUser(svc, client, userId);
  await requireOrganization(svc, client, organizationId);
  const membership: Membership = { id: `${organizationId}:${userId}`, client_id: client.client_id, organization_id: organizationId, user_id: userId };
  await svc.store.putRecord('memberships', membership);
  return membership;
}
