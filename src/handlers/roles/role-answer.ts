import { listRoles, roleShape } from '../../services/management/roles.js';
import type { Services } from '../../services/services.js';
import type { Client, Role } from '../../store/types.js';
import { ok, type HandlerResult } from '../handler.js';

/**
 * Create and Update Role answer the array of all roles, as SSOJet's examples do (CONTRACT-API
 * §7 #9); ROLE_RESPONSE_SHAPE=object answers the role itself.
 */
export async function roleAnswer(svc: Services, client: Client, role: Role): Promise<HandlerResult> {
  if (svc.config.roleResponseShape === 'object') return ok(roleShape(role));
  return ok((await listRoles(svc, client)).map(roleShape));
}
