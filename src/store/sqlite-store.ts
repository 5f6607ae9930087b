import Database from 'better-sqlite3';
import { collectionNames, collections, type CollectionName, type CollectionsData, type RecordOf } from './collections.js';
import { ownerOf, type CeremonyCap } from './ceremony-owner.js';
import type { ResumePoint, Store } from './store.js';
import type { Ceremony, Client, RefreshToken, StoreData, StoredCredential, User } from './types.js';

type Db = Database.Database;
type Row = { data: string };

/**
 * Schema version 1. Each record is one JSON document (`data`) plus the columns its lookups
 * need, each lookup backed by an index (no full scans). `seq` (the rowid) keeps insertion
 * order for `exportData`; an upsert keeps a record's `seq`, as a Map keeps a key's position.
 * Ceremonies (pending challenges) live here too, so the state export stays one consistent
 * snapshot and a ceremony started before a restart can be finished after it. The record
 * collections (src/store/collections.ts) share one `records` table, keyed by collection, client
 * and key, with the collection's index value, purge instant and owner as columns. `ceremony_owners`
 * (added within version 1, so older files gain it empty) groups ceremonies by owner for the
 * per-owner cap; a trigger keeps it in step with every delete.
 */
const schema = `
CREATE TABLE IF NOT EXISTS clients (
  seq INTEGER PRIMARY KEY, client_id TEXT NOT NULL UNIQUE, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
  seq INTEGER PRIMARY KEY, client_id TEXT NOT NULL, user_id TEXT NOT NULL, identifier_lc TEXT NOT NULL, data TEXT NOT NULL,
  UNIQUE (client_id, user_id));
CREATE INDEX IF NOT EXISTS users_by_identifier ON users (client_id, identifier_lc);
CREATE TABLE IF NOT EXISTS credentials (
  seq INTEGER PRIMARY KEY, client_id TEXT NOT NULL, id TEXT NOT NULL, user_id TEXT NOT NULL, data TEXT NOT NULL,
  UNIQUE (client_id, id));
CREATE INDEX IF NOT EXISTS credentials_by_user ON credentials (client_id, user_id, seq);
CREATE TABLE IF NOT EXISTS ceremonies (
  seq INTEGER PRIMARY KEY, auth_code TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ceremonies_by_expiry ON ceremonies (expires_at);
CREATE TABLE IF NOT EXISTS ceremony_owners (
  seq INTEGER PRIMARY KEY, auth_code TEXT NOT NULL UNIQUE, owner TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ceremony_owners_by_owner ON ceremony_owners (owner, seq);
CREATE TRIGGER IF NOT EXISTS ceremony_owner_forgotten AFTER DELETE ON ceremonies
  BEGIN DELETE FROM ceremony_owners WHERE auth_code = old.auth_code; END;
CREATE TABLE IF NOT EXISTS latest_login (
  client_id TEXT NOT NULL, identifier_lc TEXT NOT NULL, auth_code TEXT NOT NULL,
  PRIMARY KEY (client_id, identifier_lc)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS latest_login_by_code ON latest_login (auth_code);
-- A ceremony forgotten by a cap takes its identifier's latest-login row with it (it reads as none
-- either way); kept, one row per identifier ever seen would grow without bound. Purge keeps
-- the latest logins' ceremonies, so it never fires this for them.
CREATE TRIGGER IF NOT EXISTS latest_login_forgotten AFTER DELETE ON ceremonies
  BEGIN DELETE FROM latest_login WHERE auth_code = old.auth_code; END;
CREATE TABLE IF NOT EXISTS refresh_tokens (
  seq INTEGER PRIMARY KEY, token TEXT NOT NULL UNIQUE, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
  seq INTEGER PRIMARY KEY, collection TEXT NOT NULL, client_id TEXT NOT NULL, key TEXT NOT NULL, idx TEXT, purge_after TEXT,
  data TEXT NOT NULL, owner TEXT, UNIQUE (collection, client_id, key));
CREATE INDEX IF NOT EXISTS records_by_index ON records (collection, client_id, idx, seq);
CREATE INDEX IF NOT EXISTS records_by_purge ON records (collection, purge_after);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

export class DataFileError extends Error {
  override name = 'DataFileError';
}

/**
 * The durable store (DATA_FILE): the same `Store` contract as MemoryStore, backed by SQLite
 * through better-sqlite3, whose calls are synchronous. A write has therefore reached the
 * database file (its WAL) before the method's promise resolves, and so before any HTTP answer
 * that depends on it is sent.
 *
 * Durability choice: WAL with `synchronous=NORMAL`. A commit is written to the WAL with
 * write(2) before the call returns, so it sits in the kernel's page cache and survives the
 * process dying in any way, `kill -9` included. What NORMAL gives up (compared with FULL, an
 * fsync per commit) is only the last commits on a power loss or kernel crash, which is not a
 * promise a local dev backend makes; FULL would cost an fsync on every write (measured here:
 * 105 µs per single-row commit with NORMAL, 929 µs with FULL).
 */
export class SqliteStore implements Store {
  readonly path: string;
  private db: Db;
  private runtimeSource: (() => ResumePoint) | null = null;
  private putRecordRow!: (name: CollectionName, record: { client_id: string }) => void;
  private s: ReturnType<typeof prepare>;
  /** How many ceremonies the table holds, counted once and then kept in step (null: count again). */
  private ceremonyCount: number | null = null;
  private tx: {
    putUser: (user: User) => void;
    putCeremony: (ceremony: Ceremony) => void;
    addCeremony: (ceremony: Ceremony, cap: CeremonyCap) => number;
    importData: (data: StoreData) => void;
    write: (fn: () => void) => void;
    seed: (records: { users: User[]; credentials: StoredCredential[] }) => void;
  };

  constructor(path: string) {
    this.path = path;
    try {
      this.db = new Database(path);
    } catch (err) {
      throw new DataFileError(`DATA_FILE ${path} cannot be opened: ${(err as Error).message}; check that its directory exists and is writable`);
    }
    try {
      this.db.pragma('busy_timeout = 2000');
      // One sandbox per file: ids come from the process's RNG position, so two sandboxes
      // writing one file would hand out the same ids. EXCLUSIVE keeps the write lock taken
      // below until close (the OS drops it if the process dies, kill -9 included).
      this.db.pragma('locking_mode = EXCLUSIVE');
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.exec(schema);
      // Files written before records had an owner (Delete User's cascade): add the column.
      const columns = this.db.prepare('SELECT name FROM pragma_table_info(\'records\')').all() as Array<{ name: string }>;
      if (!columns.some((c) => c.name === 'owner')) this.db.exec('ALTER TABLE records ADD COLUMN owner TEXT');
      this.db.exec('CREATE INDEX IF NOT EXISTS records_by_owner ON records (client_id, owner) WHERE owner IS NOT NULL');
      const version = this.db.pragma('user_version', { simple: true }) as number;
      if (version !== 0 && version !== 1) throw new DataFileError(`DATA_FILE ${path} has schema version ${version}, this sandbox reads version 1; use another file`);
      this.db.pragma('user_version = 1'); // also a write: takes the exclusive lock now
    } catch (err) {
      this.db.close();
      if (err instanceof DataFileError) throw err;
      const e = err as Error & { code?: string };
      if (e.code === 'SQLITE_BUSY') throw new DataFileError(`DATA_FILE ${path} is in use by another running sandbox; stop it or use another file`);
      if (e.code === 'SQLITE_NOTADB') throw new DataFileError(`DATA_FILE ${path} is not a SQLite database; point DATA_FILE at a new or sandbox-made file`);
      throw new DataFileError(`DATA_FILE ${path} cannot be used: ${e.message}`);
    }
    this.s = prepare(this.db);
    const s = this.s;
    const recordRuntime = () => {
      if (this.runtimeSource) s.putMeta.run('runtime', JSON.stringify(this.runtimeSource()));
    };
    const putUser = (user: User) => {
      s.putUser.run(user.client_id, user.user_id, user.identifier.toLowerCase(), JSON.stringify(user));
    };
    const putCredential = (c: StoredCredential) => {
      s.putCredential.run(c.client_id, c.id, c.user_id, JSON.stringify(c));
    };
    const putRecord = (name: CollectionName, record: { client_id: string }) => {
      const def = collections[name] as {
        key(r: unknown): string; index?(r: unknown): string | null; purgeAfter?(r: unknown): string | null; owner?(r: unknown): string | null;
      };
      s.putRecord.run(name, record.client_id, def.key(record), def.index?.(record) ?? null, def.purgeAfter?.(record) ?? null,
        def.owner?.(record) ?? null, JSON.stringify(record));
    };
    this.putRecordRow = putRecord;
    const putCeremony = (c: Ceremony) => {
      s.putCeremony.run(c.auth_code, c.created_at, c.expires_at, JSON.stringify(c));
      if (s.putCeremonyOwner.run(c.auth_code, ownerOf(c)).changes > 0 && this.ceremonyCount !== null) this.ceremonyCount++;
      if (c.kind === 'login' && c.identifier !== null) {
        const identifier = c.identifier.toLowerCase();
        const latest = s.latestLogin.get(c.client_id, identifier) as { auth_code: string; created_at: string | null } | undefined;
        if (!latest || latest.created_at === null || latest.auth_code === c.auth_code || latest.created_at <= c.created_at) {
          s.putLatestLogin.run(c.client_id, identifier, c.auth_code);
        }
      }
    };
    this.tx = {
      putUser: this.db.transaction((user: User) => { putUser(user); recordRuntime(); }),
      putCeremony: this.db.transaction((c: Ceremony) => { putCeremony(c); recordRuntime(); }),
      addCeremony: this.db.transaction((c: Ceremony, cap: CeremonyCap) => {
        putCeremony(c);
        this.ceremonyCount ??= (s.countCeremonies.get() as { n: number }).n;
        let evicted = 0;
        for (const { auth_code } of s.ownerExcess.all(ownerOf(c), cap.perOwner) as Array<{ auth_code: string }>) {
          evicted += s.deleteCeremony.run(auth_code).changes;
        }
        this.ceremonyCount -= evicted;
        if (this.ceremonyCount > cap.total) {
          const oldest = s.deleteOldestCeremonies.run(this.ceremonyCount - cap.total).changes;
          this.ceremonyCount -= oldest;
          evicted += oldest;
        }
        recordRuntime();
        return evicted;
      }),
      write: this.db.transaction((fn: () => void) => { fn(); recordRuntime(); }),
      seed: this.db.transaction((records: { users: User[]; credentials: StoredCredential[] }) => {
        for (const u of records.users) putUser(u);
        for (const c of records.credentials) putCredential(c);
        recordRuntime();
      }),
      importData: this.db.transaction((data: StoreData) => {
        for (const table of ['clients', 'users', 'credentials', 'ceremony_owners', 'ceremonies', 'latest_login', 'refresh_tokens', 'records']) {
          this.db.prepare(`DELETE FROM ${table}`).run();
        }
        for (const c of data.clients) s.putClient.run(c.client_id, JSON.stringify(c));
        for (const u of data.users) putUser(u);
        for (const c of data.credentials) putCredential(c);
        for (const c of data.ceremonies) putCeremony(c);
        for (const t of data.refresh_tokens) s.putRefreshToken.run(t.token, JSON.stringify(t));
        for (const name of collectionNames) for (const r of data[name] ?? []) putRecord(name, r);
        recordRuntime();
      }),
    };
    // A file made before ceremony_owners existed: its ceremonies join the index once, oldest first.
    const unowned = parseAll<Ceremony>(s.unownedCeremonies.all());
    if (unowned.length > 0) this.tx.write(() => { for (const c of unowned) s.putCeremonyOwner.run(c.auth_code, ownerOf(c)); });
  }

  /** Opens (creating if needed) the file; errors name DATA_FILE and how to fix it. */
  static open(path: string): SqliteStore {
    return new SqliteStore(path);
  }

  /** Whether the file holds sandbox data (at least one client): if so, start-up loads it as is. */
  hasData(): boolean {
    return this.s.anyClient.get() !== undefined;
  }

  trackRuntime(source: () => ResumePoint): void {
    this.runtimeSource = source;
  }

  /**
   * Where the last write left the runtime; `{}` for data nobody tracked; undefined for a new
   * file. A file reset to a scenario without clients (`empty`) still resumes: it has a record.
   */
  async resumePoint(): Promise<Partial<ResumePoint> | undefined> {
    const row = this.s.getMeta.get('runtime') as { value: string } | undefined;
    if (row) return JSON.parse(row.value) as ResumePoint;
    return this.hasData() ? {} : undefined;
  }

  async getClient(clientId: string) {
    return parse<Client>(this.s.getClient.get(clientId));
  }

  async listClients() {
    return parseAll<Client>(this.s.listClients.all());
  }

  async putClient(client: Client) {
    this.tx.write(() => this.s.putClient.run(client.client_id, JSON.stringify(client)));
  }

  async getUser(clientId: string, userId: string) {
    return parse<User>(this.s.getUser.get(clientId, userId));
  }

  async findUserByIdentifier(clientId: string, identifier: string) {
    return parse<User>(this.s.findUser.get(clientId, identifier.toLowerCase()));
  }

  async listUsers(clientId: string, limit?: number, offset = 0) {
    // LIMIT -1: no limit.
    return parseAll<User>(this.s.listUsers.all(clientId, limit ?? -1, offset));
  }

  async putUser(user: User) {
    this.tx.putUser(user);
  }

  async deleteUser(clientId: string, userId: string) {
    let changes = 0;
    this.tx.write(() => {
      changes = this.s.deleteUser.run(clientId, userId).changes;
      if (changes === 0) return;
      for (const q of [this.s.deleteUserCredentials, this.s.deleteUserRefreshTokens, this.s.deleteUserLatestLogins, this.s.deleteUserCeremonies, this.s.deleteOwnedRecords]) {
        q.run(clientId, userId);
      }
    });
    return changes > 0;
  }

  async getCredential(clientId: string, credentialId: string) {
    return parse<StoredCredential>(this.s.getCredential.get(clientId, credentialId));
  }

  async listCredentials(clientId: string, userId: string) {
    return parseAll<StoredCredential>(this.s.listCredentials.all(clientId, userId));
  }

  async seed(records: { users: User[]; credentials: StoredCredential[] }) {
    this.tx.seed(records);
  }

  async putCredential(c: StoredCredential) {
    this.tx.write(() => this.s.putCredential.run(c.client_id, c.id, c.user_id, JSON.stringify(c)));
  }

  async deleteCredential(clientId: string, credentialId: string) {
    let changes = 0;
    this.tx.write(() => { changes = this.s.deleteCredential.run(clientId, credentialId).changes; });
    return changes > 0;
  }

  async getCeremony(authCode: string) {
    return parse<Ceremony>(this.s.getCeremony.get(authCode));
  }

  async putCeremony(ceremony: Ceremony) {
    this.tx.putCeremony(ceremony);
  }

  async addCeremony(ceremony: Ceremony, cap: CeremonyCap) {
    try {
      return this.tx.addCeremony(ceremony, cap);
    } catch (err) {
      this.ceremonyCount = null; // rolled back: count again next time
      throw err;
    }
  }

  async latestLoginCeremony(clientId: string, identifier: string) {
    return parse<Ceremony>(this.s.latestLoginCeremony.get(clientId, identifier.toLowerCase()));
  }

  async purgeCeremonies(cutoff: string) {
    let changes = 0;
    this.tx.write(() => { changes = this.s.purge.run(cutoff).changes; });
    if (this.ceremonyCount !== null) this.ceremonyCount -= changes;
    return changes;
  }

  async putRefreshToken(token: RefreshToken) {
    this.tx.write(() => this.s.putRefreshToken.run(token.token, JSON.stringify(token)));
  }

  async getRefreshToken(token: string) {
    return parse<RefreshToken>(this.s.getRefreshToken.get(token));
  }

  async deleteRefreshToken(token: string) {
    let changes = 0;
    this.tx.write(() => { changes = this.s.deleteRefreshToken.run(token).changes; });
    return changes > 0;
  }

  async getRecord<N extends CollectionName>(name: N, clientId: string, key: string) {
    return parse<RecordOf<N>>(this.s.getRecord.get(name, clientId, key));
  }

  async putRecord<N extends CollectionName>(name: N, record: RecordOf<N>) {
    this.tx.write(() => this.putRecordRow(name, record));
  }

  async deleteRecord(name: CollectionName, clientId: string, key: string) {
    let changes = 0;
    this.tx.write(() => { changes = this.s.deleteRecord.run(name, clientId, key).changes; });
    return changes > 0;
  }

  async listRecords<N extends CollectionName>(name: N, clientId: string, index?: string) {
    const rows = index === undefined ? this.s.listRecords.all(name, clientId) : this.s.listRecordsByIndex.all(name, clientId, index);
    return parseAll<RecordOf<N>>(rows);
  }

  async purgeRecords(name: CollectionName, cutoff: string) {
    let changes = 0;
    this.tx.write(() => { changes = this.s.purgeRecords.run(name, cutoff).changes; });
    return changes;
  }

  async deleteOwnedRecords(clientId: string, userId: string) {
    let changes = 0;
    this.tx.write(() => { changes = this.s.deleteOwnedRecords.run(clientId, userId).changes; });
    return changes;
  }

  async exportData(): Promise<StoreData> {
    // One read transaction: a consistent snapshot.
    return this.db.transaction(() => ({
      clients: parseAll<Client>(this.s.listClients.all()),
      users: parseAll<User>(this.s.allUsers.all()),
      credentials: parseAll<StoredCredential>(this.s.allCredentials.all()),
      ceremonies: parseAll<Ceremony>(this.s.allCeremonies.all()),
      refresh_tokens: parseAll<RefreshToken>(this.s.allRefreshTokens.all()),
      ...this.exportRecords(),
    }))();
  }

  async importData(data: StoreData) {
    this.ceremonyCount = null;
    this.tx.importData(data);
  }

  private exportRecords(): CollectionsData {
    const out: Record<string, unknown[]> = {};
    for (const name of collectionNames) out[name] = parseAll(this.s.allRecords.all(name));
    return out as unknown as CollectionsData;
  }

  async counts() {
    return this.s.counts.get() as { clients: number; users: number; credentials: number };
  }

  get open(): boolean {
    return this.db.open;
  }

  /** Checkpoints the WAL into the main file and closes. Idempotent. */
  close(): void {
    if (!this.db.open) return;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}

function prepare(db: Db) {
  return {
    getClient: db.prepare('SELECT data FROM clients WHERE client_id = ?'),
    listClients: db.prepare('SELECT data FROM clients ORDER BY seq'),
    anyClient: db.prepare('SELECT 1 FROM clients LIMIT 1'),
    putClient: db.prepare('INSERT INTO clients (client_id, data) VALUES (?, ?) ON CONFLICT (client_id) DO UPDATE SET data = excluded.data'),
    getUser: db.prepare('SELECT data FROM users WHERE client_id = ? AND user_id = ?'),
    findUser: db.prepare('SELECT data FROM users WHERE client_id = ? AND identifier_lc = ? ORDER BY seq DESC LIMIT 1'),
    listUsers: db.prepare('SELECT data FROM users WHERE client_id = ? ORDER BY seq LIMIT ? OFFSET ?'),
    // Client by client (as MemoryStore exports), each client's in the order added; records of a
    // client never added last.
    allUsers: db.prepare('SELECT u.data FROM users u LEFT JOIN clients c ON c.client_id = u.client_id ORDER BY c.seq IS NULL, c.seq, u.seq'),
    putUser: db.prepare(`INSERT INTO users (client_id, user_id, identifier_lc, data) VALUES (?, ?, ?, ?)
      ON CONFLICT (client_id, user_id) DO UPDATE SET identifier_lc = excluded.identifier_lc, data = excluded.data`),
    getCredential: db.prepare('SELECT data FROM credentials WHERE client_id = ? AND id = ?'),
    listCredentials: db.prepare('SELECT data FROM credentials WHERE client_id = ? AND user_id = ? ORDER BY seq'),
    allCredentials: db.prepare('SELECT k.data FROM credentials k LEFT JOIN clients c ON c.client_id = k.client_id ORDER BY c.seq IS NULL, c.seq, k.seq'),
    putCredential: db.prepare(`INSERT INTO credentials (client_id, id, user_id, data) VALUES (?, ?, ?, ?)
      ON CONFLICT (client_id, id) DO UPDATE SET user_id = excluded.user_id, data = excluded.data`),
    deleteCredential: db.prepare('DELETE FROM credentials WHERE client_id = ? AND id = ?'),
    getCeremony: db.prepare('SELECT data FROM ceremonies WHERE auth_code = ?'),
    allCeremonies: db.prepare('SELECT data FROM ceremonies ORDER BY seq'),
    putCeremony: db.prepare(`INSERT INTO ceremonies (auth_code, created_at, expires_at, data) VALUES (?, ?, ?, ?)
      ON CONFLICT (auth_code) DO UPDATE SET created_at = excluded.created_at, expires_at = excluded.expires_at, data = excluded.data`),
    latestLogin: db.prepare(`SELECT l.auth_code, c.created_at FROM latest_login l LEFT JOIN ceremonies c ON c.auth_code = l.auth_code
      WHERE l.client_id = ? AND l.identifier_lc = ?`),
    putLatestLogin: db.prepare(`INSERT INTO latest_login (client_id, identifier_lc, auth_code) VALUES (?, ?, ?)
      ON CONFLICT (client_id, identifier_lc) DO UPDATE SET auth_code = excluded.auth_code`),
    latestLoginCeremony: db.prepare(`SELECT c.data FROM latest_login l JOIN ceremonies c ON c.auth_code = l.auth_code
      WHERE l.client_id = ? AND l.identifier_lc = ?`),
    purge: db.prepare('DELETE FROM ceremonies WHERE expires_at < ? AND auth_code NOT IN (SELECT auth_code FROM latest_login)'),
    putCeremonyOwner: db.prepare('INSERT OR IGNORE INTO ceremony_owners (auth_code, owner) VALUES (?, ?)'),
    countCeremonies: db.prepare('SELECT count(*) AS n FROM ceremonies'),
    ownerExcess: db.prepare('SELECT auth_code FROM ceremony_owners WHERE owner = ? ORDER BY seq DESC LIMIT -1 OFFSET ?'),
    deleteCeremony: db.prepare('DELETE FROM ceremonies WHERE auth_code = ?'),
    unownedCeremonies: db.prepare('SELECT data FROM ceremonies WHERE auth_code NOT IN (SELECT auth_code FROM ceremony_owners) ORDER BY seq'),
    deleteOldestCeremonies: db.prepare('DELETE FROM ceremonies WHERE seq IN (SELECT seq FROM ceremonies ORDER BY seq LIMIT ?)'),
    putRefreshToken: db.prepare('INSERT INTO refresh_tokens (token, data) VALUES (?, ?) ON CONFLICT (token) DO UPDATE SET data = excluded.data'),
    allRefreshTokens: db.prepare('SELECT data FROM refresh_tokens ORDER BY seq'),
    getRefreshToken: db.prepare('SELECT data FROM refresh_tokens WHERE token = ?'),
    deleteRefreshToken: db.prepare('DELETE FROM refresh_tokens WHERE token = ?'),
    counts: db.prepare(`SELECT (SELECT count(*) FROM clients) AS clients, (SELECT count(*) FROM users) AS users,
      (SELECT count(*) FROM credentials) AS credentials`),
    getRecord: db.prepare('SELECT data FROM records WHERE collection = ? AND client_id = ? AND key = ?'),
    putRecord: db.prepare(`INSERT INTO records (collection, client_id, key, idx, purge_after, owner, data) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (collection, client_id, key) DO UPDATE SET idx = excluded.idx, purge_after = excluded.purge_after, owner = excluded.owner,
      data = excluded.data`),
    deleteOwnedRecords: db.prepare('DELETE FROM records WHERE client_id = ? AND owner = ?'),
    // Delete User: the user and what hangs off them. Refresh tokens and ceremonies carry the
    // user only in their JSON; a delete is rare enough for that scan.
    deleteUser: db.prepare('DELETE FROM users WHERE client_id = ? AND user_id = ?'),
    deleteUserCredentials: db.prepare('DELETE FROM credentials WHERE client_id = ? AND user_id = ?'),
    deleteUserRefreshTokens: db.prepare(`DELETE FROM refresh_tokens
      WHERE json_extract(data, '$.client_id') = ? AND json_extract(data, '$.user_id') = ?`),
    deleteUserLatestLogins: db.prepare(`DELETE FROM latest_login WHERE auth_code IN (SELECT auth_code FROM ceremonies
      WHERE json_extract(data, '$.client_id') = ? AND json_extract(data, '$.user_id') = ?)`),
    deleteUserCeremonies: db.prepare(`DELETE FROM ceremonies
      WHERE json_extract(data, '$.client_id') = ? AND json_extract(data, '$.user_id') = ?`),
    deleteRecord: db.prepare('DELETE FROM records WHERE collection = ? AND client_id = ? AND key = ?'),
    listRecords: db.prepare('SELECT data FROM records WHERE collection = ? AND client_id = ? ORDER BY seq'),
    listRecordsByIndex: db.prepare('SELECT data FROM records WHERE collection = ? AND client_id = ? AND idx = ? ORDER BY seq'),
    purgeRecords: db.prepare('DELETE FROM records WHERE collection = ? AND purge_after < ?'),
    allRecords: db.prepare('SELECT data FROM records WHERE collection = ? ORDER BY seq'),
    getMeta: db.prepare('SELECT value FROM meta WHERE key = ?'),
    putMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };
}

function parse<T>(row: unknown): T | undefined {
  return row === undefined ? undefined : (JSON.parse((row as Row).data) as T);
}

function parseAll<T>(rows: unknown[]): T[] {
  return rows.map((r) => JSON.parse((r as Row).data) as T);
}
