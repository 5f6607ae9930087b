import type { IssuedTokens } from '../../store/types.js';
import type { Services } from '../services.js';

/**
 * The tokens of a sign-in of any method: an access token (TOKEN_TTL) and an opaque refresh
 * token kept for REFRESH_TOKEN_TTL seconds (30 days, SSOJet's), not the access token's lifetime
 * (CONTRACT-API F5). The refresh token is stored so that Refresh Token can find and use it up.
 */
export async function issueSession(svc: Services, clientId: string, userId: string): Promise<IssuedTokens> {
  const tokens = await svc.tokens.issue(clientId, userId);
  const expiresAt = new Date(svc.clock.nowMs() + svc.config.refreshTokenTtl * 1000).toISOString();
  await svc.store.putRefreshToken({ token: tokens.refresh_token, client_id: clientId, user_id: userId, expires_at: expiresAt });
  return tokens;
}
