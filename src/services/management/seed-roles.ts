import type { Permission, Role } from '../../store/types.js';
import type { Services } from '../services.js';
import { managementId } from './management-ids.js';

const permissions = [
  { slug: 'team-view', name: 'Team View', description: 'View the team and its members' },
  { slug: 'team-manage', name: 'Team Manage', description: 'Invite, update and remove team members' },
  { slug: 'manage-sso-connection', name: 'Manage SSO Connection', description: 'Configure the SSO connections' },
];
const roles = [
  { slug: 'owner', name: 'Owner', description: 'Owns the organization; cannot be removed', permissions: ['team-view', 'team-manage', 'manage-sso-connection'] },
  { slug: 'admin', name: 'Admin', description: 'Manages the organization', permissions: ['team-view', 'team-manage', 'manage-sso-connection'] },
  { slug: 'developer', name: 'Developer', description: 'Configures SSO connections', permissions: ['manage-sso-connection'] },
  { slug: 'member', name: 'Member', description: 'A member of the organization', permissions: ['team-view'] },
];

/** The Owner role's id in a client: the one role Remove Role refuses. */
export const ownerRoleId = (clientId: string) => managementId(clientId, 'role:owner');

/**
 * Every new client's roles and permissions (CONTRACT-API §6): Owner, Admin, Developer (SSOJet's
 * examples) and Member (its dashboard), and the three permissions SSOJet's examples name. Seven
 * records per client, with derived ids (see managementId): nothing per user.
 */
export async function seedRoles(svc: Pick<Services, 'store'>, clientId: string): Promise<void> {
  const permissionId = (slug: string) => managementId(clientId, `permission:${slug}`);
  for (const p of permissions) {
    const record: Permission = { id: permissionId(p.slug), client_id: clientId, name: p.name, slug: p.slug, description: p.description, is_active: true, is_deleted: false };
    await svc.store.putRecord('permissions', record);
  }
  for (const r of roles) {
    const record: Role = {
      id: managementId(clientId, `role:${r.slug}`), client_id: clientId, name: r.name, slug: r.slug, description: r.description,
      permission_id: r.permissions.map(permissionId), is_deleted: false, is_active: true,
    };
    await svc.store.putRecord('roles', record);
  }
}
