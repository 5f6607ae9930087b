import { SandboxError } from '../../errors.js';
import type { Client, Role } from '../../store/types.js';
import type { Services } from '../services.js';
import { ownerRoleId } from './seed-roles.js';

/** The role object as SSOJet's examples show it. */
export const roleShape = (r: Role) => ({
  id: r.id, name: r.name, slug: r.slug, description: r.description,
  permission_id: r.permission_id && [...r.permission_id], is_deleted: r.is_deleted, is_active: r.is_active,
});

/** A client's roles that are not deleted, in the order created. */
export async function listRoles(svc: Services, client: Client): Promise<Role[]> {
  return (await svc.store.listRecords('roles', client.client_id)).filter((r) => !r.is_deleted);
}

export async function requireRole(svc: Services, client: Client, roleId: string): Promise<Role> {
  const role = await svc.store.getRecord('roles', client.client_id, roleId);
  if (!role || role.is_deleted) {
    throw new SandboxError('resource_not_found', { missing: `Client ${client.client_id} has no role ${roleId}${role ? ' (it was removed)' : ''}`, fix: `list them with GET /api/v1/roles` });
  }
  return role;
}

async function checkSlug(svc: Services, client: Client, slug: string, self: string | null) {
  const taken = (await listRoles(svc, client)).find((r) => r.slug === slug && r.id !== self);
  if (taken) throw new SandboxError('duplicate_slug', { slug, holder: `role ${taken.id} (${taken.name})` });
}

/** Every id must name a live permission of the client; the first that does not is named. */
async function checkPermissions(svc: Services, client: Client, ids: string[]) {
  for (const [i, id] of ids.entries()) {
    const p = await svc.store.getRecord('permissions', client.client_id, id);
    if (!p || p.is_deleted) {
      throw new SandboxError('invalid_request_body', { reason: `body.permission_id[${i}] ${id} is not a permission of client ${client.client_id}; list them with GET /api/v1/permissions` });
    }
  }
}

export async function createRole(svc: Services, client: Client, body: { name: string; slug: string; description: string }): Promise<Role> {
  await checkSlug(svc, client, body.slug, null);
  const role: Role = { id: svc.random.objectId(), client_id: client.client_id, ...body, permission_id: null, is_deleted: false, is_active: true };
  await svc.store.putRecord('roles', role);
  return role;
}

export async function updateRole(svc: Services, client: Client, roleId: string, body: Partial<Pick<Role, 'name' | 'slug' | 'description'>> & { permission_id?: string[] }): Promise<Role> {
  const role = await requireRole(svc, client, roleId);
  if (body.slug !== undefined) await checkSlug(svc, client, body.slug, role.id);
  if (body.permission_id !== undefined) await checkPermissions(svc, client, body.permission_id);
  const next: Role = { ...role, ...body, permission_id: body.permission_id ? [...new Set(body.permission_id)] : role.permission_id };
  await svc.store.putRecord('roles', next);
  return next;
}

/** Remove Role: a soft delete; the role leaves every user that had it. Owner stays. */
export async function removeRole(svc: Services, client: Client, roleId: string): Promise<{ is_deleted: true }> {
  const role = await requireRole(svc, client, roleId);
  if (role.id === ownerRoleId(client.client_id)) {
    throw new SandboxError('protected_role', { role_id: role.id, name: role.name });
  }
  await svc.store.putRecord('roles', { ...role, is_deleted: true, is_active: false });
  for (const user of await svc.store.listUsers(client.client_id)) {
    if (user.roles.includes(role.id)) await svc.store.putUser({ ...user, roles: user.roles.filter((r) => r !== role.id) });
  }
  return { is_deleted: true };
}
