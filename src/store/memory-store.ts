import { ownerOf, type CeremonyCap } from './ceremony-owner.js';
import type { CollectionName, RecordOf } from './collections.js';
import { MemoryCeremonyOwners } from './memory-ceremony-owners.js';
import { MemoryCollections } from './memory-collections.js';
import type { Store } from './store.js';
import type { Ceremony, Client, RefreshToken, StoreData, StoredCredential, User } from './types.js';

const copy = <T>(value: T): T => structuredClone(value);
// Typed copies for the records read and written on every request: a spread shares the (immutable)
// strings instead of duplicating them, ~10x cheaper than structuredClone and, for 100 000 seeded
// users and passkeys, much less memory (issue #5). Nested arrays and objects are copied too.
const copyUser = (u: User): User => ({
  ...u, groups: copyObject(u.groups), raw_attributes: copyObject(u.raw_attributes), roles: [...u.roles],
});
/** Most users' groups and attributes are empty: no structuredClone for those. */
const copyObject = <T extends object>(o: T): T => {
  for (const _ in o) return structuredClone(o);
  return {} as T;
};
const copyClient = (c: Client): Client => ({ ...c, origins: [...c.origins], policy: { ...c.policy } });
const copyCredential = (c: StoredCredential): StoredCredential => ({ ...c, transports: [...c.transports] });
const copyCeremony = (c: Ceremony): Ceremony => ({ ...c, token: c.token && { ...c.token } });
const copyRefreshToken = (t: RefreshToken): RefreshToken => ({ ...t });

/**
 * One client's users and credentials with their indexes. Keyed by the plain ids, not by
 * `client + id` strings: building and hashing a composite key per lookup and per insert was the
 * largest cost of seeding 100 000 users (issue #5), and Maps keep insertion order, so the users
 * Map is also the client's list of users in the order created.
 */
interface Partition {
  users: Map<string, User>;
  /** Lower-cased identifier → user_id. */
  userByIdentifier: Map<string, string>;
  credentials: Map<string, StoredCredential>;
  /**
   * A user's credential ids, in the order added. Arrays, not Sets: a user has one or a few, and
   * for 100 000 seeded passkeys a one-element array is a fraction of a Set's memory and
   * allocation cost (~0.25 s and ~30 MB of the load-100k start-up, issue #5).
   */
  credentialsOfUser: Map<string, string[]>;
  /** Lower-cased identifier → auth_code of its latest login ceremony. */
  latestLogin: Map<string, string>;
}

const newPartition = (): Partition => ({
  users: new Map(), userByIdentifier: new Map(), credentials: new Map(), credentialsOfUser: new Map(), latestLogin: new Map(),
});

/**
 * The default store: Maps with the indexes each lookup needs, so every operation is O(1) or
 * O(results) whatever the number of users. Records are copied in and out so callers can never
 * change stored state by mutating what they were given (`seed` excepted: see Store.seed).
 * Exports list users and credentials client by client (clients in the order added), each
 * client's in the order added, as SqliteStore does.
 */
export class MemoryStore implements Store {
  private clients = new Map<string, Client>();
  /** By client_id; made on a client's first record (a user may be put before its client). */
  private partitions = new Map<string, Partition>();
  /** In the order added (an update keeps a ceremony's place): the first is the oldest. */
  private ceremonies = new Map<string, Ceremony>();
  private ceremonyOwners = new MemoryCeremonyOwners();
  private refreshTokens = new Map<string, RefreshToken>();
  private records = new MemoryCollections();

  private partition(clientId: string): Partition {
    let p = this.partitions.get(clientId);
    if (!p) this.partitions.set(clientId, (p = newPartition()));
    return p;
  }

  async getClient(clientId: string) {
    const c = this.clients.get(clientId);
    return c && copyClient(c);
  }

  async listClients() {
    return [...this.clients.values()].map(copyClient);
  }

  async putClient(client: Client) {
    this.clients.set(client.client_id, copyClient(client));
    this.partition(client.client_id);
  }

  async getUser(clientId: string, userId: string) {
    const u = this.partitions.get(clientId)?.users.get(userId);
    return u && copyUser(u);
  }

  async findUserByIdentifier(clientId: string, identifier: string) {
    const p = this.partitions.get(clientId);
    const userId = p?.userByIdentifier.get(identifier.toLowerCase());
    const u = userId === undefined ? undefined : p!.users.get(userId);
    return u && copyUser(u);
  }

  async listUsers(clientId: string, limit = Infinity, offset = 0) {
    const users: User[] = [];
    let skip = offset;
    for (const u of this.partitions.get(clientId)?.users.values() ?? []) {
      if (users.length >= limit) break;
      if (skip > 0) { skip--; continue; }
      users.push(copyUser(u));
    }
    return users;
  }

  async putUser(user: User) {
    this.keepUser(copyUser(user));
  }

  async deleteUser(clientId: string, userId: string) {
    const p = this.partitions.get(clientId);
    const user = p?.users.get(userId);
    if (!user) return false;
    p!.users.delete(userId);
    if (p!.userByIdentifier.get(user.identifier.toLowerCase()) === userId) p!.userByIdentifier.delete(user.identifier.toLowerCase());
    for (const id of p!.credentialsOfUser.get(userId) ?? []) p!.credentials.delete(id);
    p!.credentialsOfUser.delete(userId);
    for (const [token, t] of this.refreshTokens) if (t.client_id === clientId && t.user_id === userId) this.refreshTokens.delete(token);
    for (const [code, c] of this.ceremonies) {
      if (c.client_id !== clientId || c.user_id !== userId) continue;
      this.ceremonies.delete(code);
      if (c.identifier !== null && p!.latestLogin.get(c.identifier.toLowerCase()) === code) p!.latestLogin.delete(c.identifier.toLowerCase());
    }
    this.records.deleteOwned(clientId, userId);
    return true;
  }

  async seed(records: { users: User[]; credentials: StoredCredential[] }) {
    for (const user of records.users) this.keepUser(user);
    for (const credential of records.credentials) this.keepCredential(credential);
  }

  /** Stores `user` itself (callers pass a copy, or a record made for the store). */
  private keepUser(user: User) {
    const p = this.partition(user.client_id);
    const previous = p.users.get(user.user_id);
    if (previous) p.userByIdentifier.delete(previous.identifier.toLowerCase());
    p.users.set(user.user_id, user);
    p.userByIdentifier.set(user.identifier.toLowerCase(), user.user_id);
  }

  async getCredential(clientId: string, credentialId: string) {
    const c = this.partitions.get(clientId)?.credentials.get(credentialId);
    return c && copyCredential(c);
  }

  async listCredentials(clientId: string, userId: string) {
    const p = this.partitions.get(clientId);
    const ids = p?.credentialsOfUser.get(userId) ?? [];
    return ids.map((id) => copyCredential(p!.credentials.get(id)!));
  }

  async putCredential(credential: StoredCredential) {
    this.keepCredential(copyCredential(credential));
  }

  /** Stores `credential` itself (callers pass a copy, or a record made for the store). */
  private keepCredential(credential: StoredCredential) {
    const p = this.partition(credential.client_id);
    p.credentials.set(credential.id, credential);
    const ids = p.credentialsOfUser.get(credential.user_id);
    if (!ids) p.credentialsOfUser.set(credential.user_id, [credential.id]);
    else if (!ids.includes(credential.id)) ids.push(credential.id);
  }

  async deleteCredential(clientId: string, credentialId: string) {
    const p = this.partitions.get(clientId);
    const existing = p?.credentials.get(credentialId);
    if (!existing) return false;
    p!.credentials.delete(credentialId);
    const ids = p!.credentialsOfUser.get(existing.user_id);
    const at = ids?.indexOf(credentialId) ?? -1;
    if (at >= 0) ids!.splice(at, 1);
    return true;
  }

  async getCeremony(authCode: string) {
    const c = this.ceremonies.get(authCode);
    return c && copyCeremony(c);
  }

  async putCeremony(ceremony: Ceremony) {
    if (!this.ceremonies.has(ceremony.auth_code)) this.ceremonyOwners.add(ownerOf(ceremony), ceremony.auth_code);
    this.ceremonies.set(ceremony.auth_code, copyCeremony(ceremony));
    if (ceremony.kind === 'login' && ceremony.identifier !== null) {
      const { latestLogin } = this.partition(ceremony.client_id);
      const k = ceremony.identifier.toLowerCase();
      const latest = this.ceremonies.get(latestLogin.get(k) ?? '');
      if (!latest || latest.auth_code === ceremony.auth_code || latest.created_at <= ceremony.created_at) {
        latestLogin.set(k, ceremony.auth_code);
      }
    }
  }

  async addCeremony(ceremony: Ceremony, cap: CeremonyCap) {
    await this.putCeremony(ceremony);
    const excess = this.ceremonyOwners.excess(ownerOf(ceremony), cap.perOwner);
    for (const code of excess) this.forgetCeremony(code);
    let evicted = excess.length;
    for (const code of this.ceremonies.keys()) {
      if (this.ceremonies.size <= cap.total) break;
      this.forgetCeremony(code);
      evicted++;
    }
    return evicted;
  }

  private forgetCeremony(authCode: string) {
    const ceremony = this.ceremonies.get(authCode);
    if (!ceremony) return;
    this.ceremonies.delete(authCode);
    this.ceremonyOwners.remove(ownerOf(ceremony), authCode);
    // An index entry naming a forgotten ceremony answers as no entry would; kept, one entry per
    // identifier ever seen would grow without bound under MAX_PENDING_CEREMONIES (bench initiate-soak).
    const latest = ceremony.identifier === null ? undefined : this.partitions.get(ceremony.client_id)?.latestLogin;
    if (latest?.get(ceremony.identifier!.toLowerCase()) === authCode) latest!.delete(ceremony.identifier!.toLowerCase());
  }

  async latestLoginCeremony(clientId: string, identifier: string) {
    const authCode = this.partitions.get(clientId)?.latestLogin.get(identifier.toLowerCase());
    return authCode === undefined ? undefined : this.getCeremony(authCode);
  }

  async purgeCeremonies(cutoff: string) {
    const keep = new Set<string>();
    for (const p of this.partitions.values()) for (const code of p.latestLogin.values()) keep.add(code);
    let removed = 0;
    for (const [code, ceremony] of this.ceremonies) {
      if (ceremony.expires_at < cutoff && !keep.has(code)) {
        this.forgetCeremony(code);
        removed++;
      }
    }
    return removed;
  }

  async putRefreshToken(token: RefreshToken) {
    this.refreshTokens.set(token.token, copyRefreshToken(token));
  }

  async getRefreshToken(token: string) {
    const found = this.refreshTokens.get(token);
    return found ? copyRefreshToken(found) : undefined;
  }

  async deleteRefreshToken(token: string) {
    return this.refreshTokens.delete(token);
  }

  async purgeRefreshTokens(cutoff: string) {
    let removed = 0;
    for (const [token, record] of this.refreshTokens) {
      if (record.expires_at < cutoff) {
        this.refreshTokens.delete(token);
        removed++;
      }
    }
    return removed;
  }

  async getRecord<N extends CollectionName>(name: N, clientId: string, key: string) {
    return this.records.get(name, clientId, key);
  }

  async putRecord<N extends CollectionName>(name: N, record: RecordOf<N>) {
    this.records.put(name, record);
  }

  async deleteRecord(name: CollectionName, clientId: string, key: string) {
    return this.records.delete(name, clientId, key);
  }

  async listRecords<N extends CollectionName>(name: N, clientId: string, index?: string) {
    return this.records.list(name, clientId, index);
  }

  async purgeRecords(name: CollectionName, cutoff: string) {
    return this.records.purge(name, cutoff);
  }

  async deleteOwnedRecords(clientId: string, userId: string) {
    return this.records.deleteOwned(clientId, userId);
  }

  async exportData(): Promise<StoreData> {
    // Client by client, in the order clients were added (records of a client never added last).
    const partitions = [...new Set([...this.clients.keys(), ...this.partitions.keys()])].map((id) => this.partitions.get(id)!);
    return copy({
      clients: [...this.clients.values()],
      users: partitions.flatMap((p) => [...p.users.values()]),
      credentials: partitions.flatMap((p) => [...p.credentials.values()]),
      ceremonies: [...this.ceremonies.values()],
      refresh_tokens: [...this.refreshTokens.values()],
      ...this.records.exportAll(),
    });
  }

  /**
   * All or nothing, as SqliteStore's transaction: the document is copied whole before anything
   * is cleared, so a record that cannot be copied (e.g. nested past the stack) throws with the
   * old state intact. The copied users and credentials are then kept as they are.
   */
  async importData(given: StoreData) {
    const data = copy(given);
    for (const map of [this.clients, this.partitions, this.ceremonies, this.refreshTokens] as Map<string, unknown>[]) map.clear();
    this.ceremonyOwners.clear();
    for (const c of data.clients) await this.putClient(c);
    for (const u of data.users) this.keepUser(u);
    for (const c of data.credentials) this.keepCredential(c);
    for (const c of data.ceremonies) await this.putCeremony(c);
    for (const t of data.refresh_tokens) await this.putRefreshToken(t);
    this.records.importAll(data);
  }

  async counts() {
    let users = 0;
    let credentials = 0;
    for (const p of this.partitions.values()) {
      users += p.users.size;
      credentials += p.credentials.size;
    }
    return { clients: this.clients.size, users, credentials };
  }
}
