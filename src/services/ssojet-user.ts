import type { User } from '../store/types.js';

/** A user as SSOJet's Ping Status shows it. */
export function ssojetUser(user: User, issuer: string) {
  return {
    created_at: user.created_at,
    updated_at: user.updated_at,
    issuer,
    user_id: user.user_id,
    identifier: user.identifier,
    email: user.email,
    last_login_at: user.last_login_at ?? user.created_at,
  };
}
