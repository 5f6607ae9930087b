import type { CollectionName, RecordOf } from './collections.js';
import type { CeremonyCap } from './ceremony-owner.js';
import type { Ceremony, Client, RefreshToken, StoreData, StoredCredential, User } from './types.js';

/**
 * The repository every service talks to. Async so that a durable implementation (SQLite,
 * issue #6) can stand in for the in-memory one without touching the services. Every lookup
 * is scoped by client: nothing of one client is reachable through another.
 */
/** Where the runtime stood at a durable store's last write: what a restart resumes from. */
export interface ResumePoint {
  scenario: string;
  seed: number;
  /** The seeded RNG's position, so ids and challenges after a restart never repeat old ones. */
  rng_counter: number;
}

export interface Store {
  getClient(clientId: string): Promise<Client | undefined>;
  listClients(): Promise<Client[]>;
  putClient(client: Client): Promise<void>;

  getUser(clientId: string, userId: string): Promise<User | undefined>;
  findUserByIdentifier(clientId: string, identifier: string): Promise<User | undefined>;
  /** A client's users in the order created; at most `limit` of them when given, after skipping `offset` (List All Users' pages). */
  listUsers(clientId: string, limit?: number, offset?: number): Promise<User[]>;
  putUser(user: User): Promise<void>;
  /**
   * Delete User's cascade, in one write: the user, their passkeys, refresh tokens and
   * ceremonies, and every record of a collection that names them as `owner`. Their tokens
   * stop refreshing and their passkeys stop signing in at once. False when there was no user.
   */
  deleteUser(clientId: string, userId: string): Promise<boolean>;
  /**
   * Scenario seeding: adds (or replaces) many users and credentials at once, as `putUser` and
   * `putCredential` would one by one. The store takes the records over as they are: the caller
   * made them for it and must not change them afterwards (no copies: 100 000 seeded users and
   * passkeys, issue #5). A durable store writes them in one transaction.
   */
  seed(records: { users: User[]; credentials: StoredCredential[] }): Promise<void>;

  getCredential(clientId: string, credentialId: string): Promise<StoredCredential | undefined>;
  listCredentials(clientId: string, userId: string): Promise<StoredCredential[]>;
  putCredential(credential: StoredCredential): Promise<void>;
  deleteCredential(clientId: string, credentialId: string): Promise<boolean>;

  getCeremony(authCode: string): Promise<Ceremony | undefined>;
  putCeremony(ceremony: Ceremony): Promise<void>;
  /**
   * Adds a new ceremony, then forgets the oldest ceremonies beyond `cap`: its owner's beyond the
   * newest `cap.perOwner`, and anyone's beyond the newest `cap.total` (issue #13: memory stays
   * bounded under sustained Initiate load). Returns how many were forgotten. Restores
   * (`importData`) are not capped: a document comes back as it was exported.
   */
  addCeremony(ceremony: Ceremony, cap: CeremonyCap): Promise<number>;
  /** The most recent login ceremony for an identifier, for Check Passkey Status. */
  latestLoginCeremony(clientId: string, identifier: string): Promise<Ceremony | undefined>;

  /**
   * Forget ceremonies whose challenge expired before `cutoff` (an ISO instant), except the
   * latest login ceremony of each identifier (Check Passkey Status reports it as `expired`).
   * Returns how many were removed. Keeps memory flat under load (issue #5 soak).
   */
  purgeCeremonies(cutoff: string): Promise<number>;

  putRefreshToken(token: RefreshToken): Promise<void>;
  /** A refresh token by its value (Refresh Token reads it before it decides to use it up). */
  getRefreshToken(token: string): Promise<RefreshToken | undefined>;
  /** Uses a refresh token up (single use, CONTRACT-API F5); true if it was there. */
  deleteRefreshToken(token: string): Promise<boolean>;
  /**
   * Forget refresh tokens that expired before `cutoff` (an ISO instant); returns how many.
   * Optional: a store without it keeps them (issue #5 soak: one is stored per sign-in).
   */
  purgeRefreshTokens?(cutoff: string): Promise<number>;

  /** A record of a collection (src/store/collections.ts) by its client and key. */
  getRecord<N extends CollectionName>(name: N, clientId: string, key: string): Promise<RecordOf<N> | undefined>;
  /** Adds or replaces (by client and key) a record; a replaced record keeps its place in the order. */
  putRecord<N extends CollectionName>(name: N, record: RecordOf<N>): Promise<void>;
  deleteRecord(name: CollectionName, clientId: string, key: string): Promise<boolean>;
  /**
   * A client's records of a collection in the order added; with `index`, only those whose
   * index value (the collection's `index`) is that string.
   */
  listRecords<N extends CollectionName>(name: N, clientId: string, index?: string): Promise<RecordOf<N>[]>;
  /** Forgets every record, of every collection with an `owner`, that this user owns; returns how many. */
  deleteOwnedRecords(clientId: string, userId: string): Promise<number>;
  /** Forgets the records whose `purgeAfter` instant is before `cutoff` (an ISO instant); returns how many. */
  purgeRecords(name: CollectionName, cutoff: string): Promise<number>;

  /**
   * Everything, as plain JSON, in a stable order: clients, ceremonies and refresh tokens in the
   * order added; users and credentials client by client (clients in the order added), each
   * client's in the order added; each collection's records in the order added. An update keeps a
   * record's place.
   */
  exportData(): Promise<StoreData>;
  /** Replace everything with `data`. */
  importData(data: StoreData): Promise<void>;
  counts(): Promise<{ clients: number; users: number; credentials: number }>;

  /**
   * Durable stores only (DATA_FILE): record `source()` with every write, in the same
   * transaction, and give it back after a restart. Undefined from `resumePoint` means the
   * store holds no data yet (start-up seeds the scenario); `{}` means data without a record
   * (written by a store nobody tracked).
   */
  trackRuntime?(source: () => ResumePoint): void;
  resumePoint?(): Promise<Partial<ResumePoint> | undefined>;
  /** Release the backing file (called once, when the app closes). */
  close?(): void;
}
