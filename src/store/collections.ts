import type { OidcGrant, OidcSession, QueuedLogin } from '../services/oidc/oidc-records.js';
import type { LoginLog } from './types.js';

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
 * (`purgeAfter`, for `purgeRecords`).
 */
export interface CollectionDef<T> {
  key(record: T): string;
  index?(record: T): string | null;
  purgeAfter?(record: T): string | null;
}

const define = <T extends { client_id: string }>(def: CollectionDef<T>): CollectionDef<T> => def;

/**
 * The collections, in the order the state document lists them. Append new ones at the end (the
 * state export's key order follows this map).
 */
export const collections = {
  /** One entry per successful sign-in of any method (GET User Login Logs). */
  login_logs: define<LoginLog>({ key: (r) => r.id, index: (r) => r.user_id }),
  /** OIDC sign-in sessions (the issuer's session cookie). */
  oidc_sessions: define<OidcSession>({ key: (r) => r.session_id, index: (r) => r.user_id }),
  /** OIDC authorization codes and the tokens each led to. */
  oidc_grants: define<OidcGrant>({ key: (r) => r.code, index: (r) => r.user_id }),
  /** Headless logins queued by POST /__sandbox/oidc/login. */
  oidc_logins: define<QueuedLogin>({ key: (r) => r.login_id }),
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
