import type { components } from '../../openapi/spec-types.js';
import { SandboxError } from '../../errors.js';
import type { Services } from '../services.js';
import { grantOfAccessToken } from './grant-tokens.js';
import { profileClaims, scopesOf } from './oidc-tokens.js';

/** RFC 6750 §3: a refused Bearer says why in WWW-Authenticate too. */
const refused = (problem: string) => new SandboxError('invalid_token', { problem }, {
  explanation: problem,
  headers: { 'www-authenticate': `Bearer error="invalid_token", error_description="${problem.replace(/["\\]/g, '')}"` },
});

/**
 * The UserInfo endpoint (OIDC Core §5.3): the claims the access token's scope allows. A token of
 * a revoked grant (its code was used twice, its refresh token reused) is refused.
 */
export async function userinfo(svc: Services, authorization: string | undefined): Promise<components['schemas']['OidcUserinfo']> {
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!bearer) throw refused('Authorization: Bearer <access token> is required (the access_token of the token endpoint)');
  let claims;
  try {
    claims = await svc.tokens.verify(bearer);
  } catch (err) {
    throw refused((err as Error).message);
  }
  const user = await svc.store.getUser(claims.client_id, claims.sub);
  if (!user) throw refused(`The token's subject ${claims.sub} is not a user of client ${claims.client_id} (a client_credentials token has no user)`);
  const grant = await grantOfAccessToken(svc, claims.client_id, claims.jti);
  if (grant?.revoked_at) throw refused(`The token's grant was revoked at ${grant.revoked_at} (${grant.revoked_reason})`);
  const scopes = scopesOf(typeof claims.scope === 'string' ? claims.scope : 'openid email profile');
  return {
    sub: user.user_id,
    ...(scopes.includes('email') ? { email: user.email, email_verified: user.email_verified } : {}),
    ...(scopes.includes('profile') ? profileClaims(user) : {}),
  };
}
