import type { User } from '../../store/types.js';
import { userByEmailShape } from '../management/user-shapes.js';

/**
 * The `profile` of Verify Magic Auth Code's answer (CONTRACT-API.md §4 A7), which Validate MFA
 * Token shares: SSOJet's casing (`id`, `modified_at`, `LastLoginAt`) of the one user record, as
 * GET User by Email renders it (the client's seeded `account_id`), but with a `LastLoginAt`
 * that is never null: the profile is answered to a user who is signing in.
 */
export function mfaProfile(user: User) {
  return { ...userByEmailShape(user), LastLoginAt: user.last_login_at ?? user.created_at };
}
