import { SandboxError } from '../errors.js';
import { MFA_MAX_FAILURES } from '../services/mfa/mfa-records.js';
import type { Services } from '../services/services.js';
import type { AccessTokenClaims } from '../services/token-service.js';
import type { Client } from '../store/types.js';
import { bearerToken } from './security.js';

/**
 * The Bearer of the MFA operations (CONTRACT-API.md §5): an `mfa_token` or an access token of a
 * user of the request's client, not burnt by 5 wrong codes. Every refusal is 401
 * `invalid_mfa_token`, so an app learns from one error that it must get a new `mfa_token`.
 * The client is resolved first (its own errors win, see securityError), so this only compares.
 */
export async function mfaBearer(svc: Services, authorization: string | string[] | undefined, client: () => Promise<Client>): Promise<AccessTokenClaims> {
  const token = bearerToken(authorization);
  if (token === undefined) throw refused('Authorization: Bearer <mfa_token> is required');
  const expected = await client().catch(() => undefined);
  let claims: AccessTokenClaims;
  try {
    claims = await svc.tokens.verify(token);
  } catch (err) {
    throw refused(`it is not a valid token of this sandbox (${(err as Error).message.replace(/^The Bearer token was refused: /, '').replace(/\. Sign the user in first[\s\S]*$/, '')})`);
  }
  if (!expected) return claims;
  if (claims.client_id !== expected.client_id) throw refused(`it was issued to client ${claims.client_id}, not ${expected.client_id}`);
  if (!(await svc.store.getUser(expected.client_id, claims.sub))) throw refused(`its user ${claims.sub} no longer exists in client ${expected.client_id}`);
  const use = claims.jti ? await svc.store.getRecord('mfa_token_uses', expected.client_id, claims.jti) : undefined;
  if (use && use.failures >= MFA_MAX_FAILURES) throw refused(`it is burnt after ${MFA_MAX_FAILURES} wrong codes`);
  return claims;
}

const refused = (problem: string) => new SandboxError('invalid_mfa_token', { problem });
