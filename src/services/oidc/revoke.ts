import { SandboxError } from '../../errors.js';
import type { Services } from '../services.js';
import { authenticateClient, field, type Form } from './client-auth.js';
import { revokeGrant } from './grant-tokens.js';

/**
 * RFC 7009: revokes the grant a refresh token belongs to. An unknown token, or one of another
 * client, answers 200 all the same, as the RFC says (§2.2), so a caller learns nothing from it.
 */
export async function revokeToken(svc: Services, authorization: string | undefined, form: Form): Promise<void> {
  const client = await authenticateClient(svc.store, authorization, form);
  const token = field(form, 'token');
  if (token === undefined) throw new SandboxError('invalid_request', { reason: 'token is missing: send the refresh token to revoke' });
  const code = /^rt_([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+$/.exec(token)?.[1];
  if (!code) return;
  const grant = await svc.store.getRecord('oidc_grants', client.client_id, code);
  if (grant && grant.refresh_token === token) await revokeGrant(svc, grant, 'its refresh token was revoked (RFC 7009)');
}
