import type { User } from '../../store/types.js';
import { managementId } from './management-ids.js';

const orNull = <T extends object>(value: T): T | null => (Object.keys(value).length === 0 ? null : value);

/**
 * The v1 user object (List All Users, GET User By User Id, Create, Update, Verify, Manage
 * Roles): `_id`, `modified_at`, `LastLoginAt`, and `null` for what the user has none of, as
 * SSOJet's example shows (`groups`, `raw_attributes`, `roles`, `tenants`, `identities`).
 */
export function userV1(user: User) {
  return {
    _id: user.user_id,
    account_id: managementId(user.client_id, 'account'),
    connection_id: managementId(user.client_id, 'connection'),
    email: user.email,
    first_name: user.first_name,
    last_name: user.last_name,
    groups: orNull(user.groups),
    raw_attributes: orNull(user.raw_attributes),
    roles: user.roles.length === 0 ? null : [...user.roles],
    passkey_credential: null,
    phone_id: user.phone_id ?? '',
    created_at: user.created_at,
    modified_at: user.updated_at,
    email_verified: user.email_verified,
    is_active: user.is_active,
    LastLoginAt: user.last_login_at,
    tenants: null,
    identities: null,
  };
}

/** GET User by Email's shape: `id` (not `_id`) and `connection_type` (not `connection_id`). */
export function userByEmailShape(user: User) {
  return {
    id: user.user_id,
    account_id: managementId(user.client_id, 'account'),
    connection_type: user.connection_type,
    email: user.email,
    first_name: user.first_name,
    last_name: user.last_name,
    created_at: user.created_at,
    modified_at: user.updated_at,
    is_active: user.is_active,
    LastLoginAt: user.last_login_at,
  };
}
