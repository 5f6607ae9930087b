import type { User } from '../../store/types.js';

/**
 * The `profile` of Verify Magic Auth Code's answer (CONTRACT-API.md §4 A7), which Validate MFA
 * Token shares: SSOJet's casing (`id`, `modified_at`, `LastLoginAt`) of the one user record.
 * `account_id` is the client id until management seeds an account per client.
 */
export function mfaProfile(user: User) {
  return {
    id: user.user_id,
    account_id: user.client_id,
    connection_type: user.connection_type,
    email: user.email,
    first_name: user.first_name,
    last_name: user.last_name,
    created_at: user.created_at,
    modified_at: user.updated_at,
    is_active: user.is_active,
    LastLoginAt: user.last_login_at ?? user.created_at,
  };
}
