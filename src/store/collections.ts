import type { PasswordlessAttempt } from '../services/passwordless/attempt.js';
import type { SsoCode } from '../services/tokens/sso-code.js';
import type { MfaBackupCodes, MfaChallenge, MfaEnrollment, MfaTokenUse } from '../services/mfa/mfa-records.js';
import type { OidcGrant, OidcSession, QueuedLogin } from '../services/oidc/oidc-records.js';
import type { LoginLog, Membership, Organization, Permission, Role } from './types.js';

/**
 * Record collections beyond the core tables (clients, users, credentials, ceremonies, refresh
 * tokens). Each feature declares its records here once: passwordless attempts, SSO codes, MFA
 * enrolments, organizations, roles, login logs… Both stores keep every collection the same way
 * (MemoryStore in Maps, SqliteStore in one `records` table), and the state document lists each
 * collection under its name, so a new kind of record is in both stores and in the export by
 * being added to this map, with no store code written for it.
 *
 * Every record belongs to one client and has a key unique within that client. A collection may
 * name one secondary lookup value per record (`index`, e.g. the user id: `listRecords` by it is
 * served by an index in both stores) and an instant after which the record may be forgotten
 * (`purgeAfter`, for `purgeRecords`). A record a user owns (`owner`: their user id) goes when the
 * user is deleted (`Store.deleteUser`), so Delete User cascades to every per-user collection
 * that declares it, with no cascade code written per feature.
 */
export interface CollectionDef<T> {
  key(record: T): string;
  index?(record: T): string | null;
  purgeAfter?(record: T): string | null;
  owner?(record: T): string | null;
}

const define = <T extends { client_id: string }>(def: CollectionDef<T>): CollectionDef<T> => def;

/**
 * The collections, in the order the state document lists them. Append new ones at the end (the
 * state export's key order follows this map).
 */
export const collections = {
  /** One entry per successful sign-in of any method (GET User Login Logs). */
  login_logs: define<LoginLog>({ key: (r) => r.id, index: (r) => r.user_id, owner: (r) => r.user_id }),
  /** Magic-link, email-OTP and SMS-OTP attempts by state; purged once no longer pollable, and with the user they signed in. */
  passwordless_attempts: define<PasswordlessAttempt>({ key: (r) => r.state, index: (r) => r.identifier_lc, purgeAfter: (r) => r.expires_at, owner: (r) => r.user_id }),
  /** Codes for Access Token By Auth Code, minted by POST /__sandbox/sso/codes; single use. */
  sso_codes: define<SsoCode>({ key: (r) => r.code, index: (r) => r.user_id, owner: (r) => r.user_id, purgeAfter: (r) => r.expires_at }),
  /** TOTP factors, pending or active (MFA Enroll TOTP). */
  mfa_enrollments: define<MfaEnrollment>({ key: (r) => r.id, index: (r) => r.user_id, owner: (r) => r.user_id }),
  /** Each user's backup codes (Get Backup Code). */
  mfa_backup_codes: define<MfaBackupCodes>({ key: (r) => r.user_id, owner: (r) => r.user_id }),
  /** Wrong MFA codes per Bearer, until the token expires. */
  mfa_token_uses: define<MfaTokenUse>({ key: (r) => r.jti, index: (r) => r.user_id, owner: (r) => r.user_id, purgeAfter: (r) => r.expires_at }),
  /** Out-of-band challenges (Initiate MFA with oob), until they expire. */
  mfa_challenges: define<MfaChallenge>({ key: (r) => r.oob_code, index: (r) => r.user_id, owner: (r) => r.user_id, purgeAfter: (r) => r.expires_at }),
  /** Organizations (O1–O5). */
  organizations: define<Organization>({ key: (r) => r.id }),
  /** Memberships set by POST /__sandbox/memberships, listed per organization; a user's go with them. */
  memberships: define<Membership>({ key: (r) => r.id, index: (r) => r.organization_id, owner: (r) => r.user_id }),
  /** Roles (R1, R3, R4, R6), seeded per client. */
  roles: define<Role>({ key: (r) => r.id }),
  /** Permissions (R2, R5, R7), seeded per client. */
  permissions: define<Permission>({ key: (r) => r.id }),
  /** OIDC sign-in sessions (the issuer's session cookie). */
  oidc_sessions: define<OidcSession>({ key: (r) => r.session_id, index: (r) => r.user_id, owner: (r) => r.user_id }),
  /** OIDC authorization codes and the tokens each led to. */
  oidc_grants: define<OidcGrant>({ key: (r) => r.code, index: (r) => r.user_id, owner: (r) => r.user_id, purgeAfter: (r) => r.refresh_expires_at ?? r.code_expires_at }),
  /** Headless logins queued by POST /__sandbox/oidc/login. */
  oidc_logins: define<QueuedLogin>({ key: (r) => r.login_id, owner: (r) => r.user_id }),
};

export type CollectionName = keyof typeof collections;
export type RecordOf<N extends CollectionName> = (typeof collections)[N] extends CollectionDef<infer T extends { client_id: string }> ? T : never;
/** Every collection's records, as the state document and `exportData` carry them. */
export type CollectionsData = { [N in CollectionName]: RecordOf<N>[] };

export const collectionNames = Object.keys(collections) as CollectionName[];

/** A state document of an older sandbox may lack collections: absent means empty. */
export function emptyCollections(): CollectionsData {
  return Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as CollectionsData;
}
