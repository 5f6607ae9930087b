import { SandboxError } from '../../errors.js';
import type { Client, Permission } from '../../store/types.js';
import type { Services } from '../services.js';

export const permissionShape = (p: Permission) => ({
  id: p.id, name: p.name, slug: p.slug, description: p.description, is_active: p.is_active, is_deleted: p.is_deleted,
});

export async function listPermissions(svc: Services, client: Client): Promise<Permission[]> {
  return (await svc.store.listRecords('permissions', client.client_id)).filter((p) => !p.is_deleted);
}

async function requirePermission(svc: Services, client: Client, id: string): Promise<Permission> {
  const p = await svc.store.getRecord('permissions', client.client_id, id);
  if (!p || p.is_deleted) {
    throw new SandboxError('resource_not_found', { missing: `Client ${client.client_id} has no permission ${id}${p ? ' (it was removed)' : ''}`, fix: `list them with GET /api/v1/permissions` });
  }
  return p;
}

/** Update Permission: a new name shows at once in every role's permissions (GET Users Organizations reads it there). */
export async function updatePermission(svc: Services, client: Client, id: string, body: Partial<Pick<Permission, 'name' | 'slug' | 'description'>>) {
  const p = await requirePermission(svc, client, id);
  if (body.slug !== undefined) {
    const taken = (await listPermissions(svc, client)).find((o) => o.slug === body.slug && o.id !== p.id);
    if (taken) throw new SandboxError('duplicate_slug', { slug: body.slug, holder: `permission ${taken.id} (${taken.name})` });
  }
  const next = { ...p, ...body };
  await svc.store.putRecord('permissions', next);
  return { id: next.id, name: next.name, slug: next.slug, description: next.description };
}

/** Remove Permission: a soft delete, and it leaves every role's `permission_id`. */
export async function removePermission(svc: Services, client: Client, id: string): Promise<{ is_deleted: true }> {
  const p = await requirePermission(svc, client, id);
  await svc.store.putRecord('permissions', { ...p, is_deleted: true, is_active: false });
  for (const role of await svc.store.listRecords('roles', client.client_id)) {
    if (role.permission_id?.includes(id)) await svc.store.putRecord('roles', { ...role, permission_id: role.permission_id.filter((x) => x !== id) });
  }
  return { is_deleted: true };
}
