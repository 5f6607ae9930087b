import type { Client, User } from '../../store/types.js';
import type { Services } from '../services.js';
import type { OidcGrant } from './oidc-records.js';
import { accessToken, idToken, type TokenResponse } from './oidc-tokens.js';

/** Refresh tokens live 30 days (REFRESH_TOKEN_TTL's default, CONTRACT-API.md F5). */
const REFRESH_TTL_MS = 2_592_000_000;

/**
 * Mints a grant's next tokens and stores the grant with its new refresh token (the previous one,
 * if any, already in `rotated`): an access token, an id_token and a refresh token, whether or
 * not `offline_access` was asked for (SSOJet's guide shows them without it).
 */
export async function grantTokens(svc: Services, grant: OidcGrant, client: Client, user: User, nonce: string | null): Promise<TokenResponse> {
  const issued = grant.issued + 1;
  const minted = { issuer: grant.issuer, client, scope: grant.scope, jti: `${grant.code}.${issued}` };
  const access = await accessToken(svc, minted, user.user_id);
  const id = await idToken(svc, minted, user, grant, nonce, access.token);
  const refresh = `rt_${grant.code}.${svc.random.base64url(24)}`;
  await svc.store.putRecord('oidc_grants', {
    ...grant, issued, refresh_token: refresh, refresh_expires_at: new Date(svc.clock.nowMs() + REFRESH_TTL_MS).toISOString(),
  });
  return { access_token: access.token, token_type: 'Bearer', expires_in: access.expiresIn, id_token: id, refresh_token: refresh, scope: grant.scope };
}

/** Revokes a grant: its refresh token stops working and userinfo refuses its access tokens. */
export async function revokeGrant(svc: Services, grant: OidcGrant, reason: string): Promise<void> {
  if (grant.revoked_at !== null) return;
  await svc.store.putRecord('oidc_grants', { ...grant, refresh_token: null, revoked_at: svc.clock.now().toISOString(), revoked_reason: reason });
}

/** The grant an OIDC access token's `jti` (`<code>.<n>`) names, if it came from one. */
export async function grantOfAccessToken(svc: Services, clientId: string, jti: unknown): Promise<OidcGrant | undefined> {
  if (typeof jti !== 'string' || !jti.includes('.')) return undefined;
  return svc.store.getRecord('oidc_grants', clientId, jti.slice(0, jti.lastIndexOf('.')));
}
