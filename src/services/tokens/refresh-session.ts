import { SandboxError } from '../../errors.js';
import type { Client, IssuedTokens, User } from '../../store/types.js';
import type { Services } from '../services.js';
import { issueSession } from './issue-session.js';

/**
 * Refresh Token: a refresh token is single use and rotates (SSOJet: "a new refresh token is
 * issued with each call"). A used, expired, unknown or other client's token is refused with
 * the same status, and a refusal uses nothing up. Access tokens already issued stay valid.
 * Reuse of a used token is refused but revokes nothing else: a refused request changes no
 * state, here as everywhere in the sandbox.
 */
export async function refreshSession(svc: Services, client: Client, refreshToken: string): Promise<{ tokens: IssuedTokens; user: User }> {
  const stored = await svc.store.getRefreshToken(refreshToken);
  const refuse = (why: string) => new SandboxError('invalid_refresh_token', { why }, { explanation: `refresh token check failed: ${why}` });
  if (!stored) throw refuse('is unknown or was already used');
  if (stored.client_id !== client.client_id) throw refuse(`was not issued to client ${client.client_id}`);
  const now = svc.clock.nowMs();
  if (now >= Date.parse(stored.expires_at)) throw refuse(`expired at ${stored.expires_at} (sandbox time ${new Date(now).toISOString()}; REFRESH_TOKEN_TTL ${svc.config.refreshTokenTtl} s)`);
  const user = await svc.store.getUser(client.client_id, stored.user_id);
  if (!user) throw refuse(`belongs to user ${stored.user_id}, who no longer exists`);
  // The delete is the claim: of two refreshes racing with one token, only the one that removed it goes on.
  if (!await svc.store.deleteRefreshToken(refreshToken)) throw refuse('is unknown or was already used');
  return { tokens: await issueSession(svc, client.client_id, user.user_id), user };
}
