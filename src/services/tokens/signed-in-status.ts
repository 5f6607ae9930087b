import type { IssuedTokens, User } from '../../store/types.js';
import type { Services } from '../services.js';
import { ssojetUser } from '../ssojet-user.js';

/**
 * SSOJet's Ping Status answer for a signed-in user: `{authenticated, oauth, user}`. Refresh
 * Token answers with the same shape (its page says so), and GET Auth Status by `state` too, so
 * one function renders it for all three.
 */
export function signedInStatus(svc: Pick<Services, 'issuer'>, tokens: IssuedTokens, user: User) {
  return {
    authenticated: true as const,
    oauth: { access_token: tokens.access_token, refresh_token: tokens.refresh_token, expires_at: tokens.expires_at, token_type: 'Bearer' as const },
    user: ssojetUser(user, svc.issuer),
  };
}
