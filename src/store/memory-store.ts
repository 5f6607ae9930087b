import type { Store } from './store.js';
import type { Ceremony, Client, RefreshToken, StoreData, StoredCredential, User } from './types.js';

const key = (clientId: string, id: string) => `${clientId}\u0000${id}`;
const copy = <T>(value: T): T => structuredClone(value);
// Typed copies for the records read and written on every request: a spread shares the (immutable)
// strings instead of duplicating them, ~10x cheaper than structuredClone and, for 100 000 seeded
// users and passkeys, much less memory (issue #5). Nested arrays and objects are copied too.
const copyUser = (u: User): User => ({ ...u });
const copyClient = (c: Client): Client => ({ ...c, origins: [...c.origins], policy: { ...c.policy } });
const copyCredential = (c: StoredCredential): StoredCredential => ({ ...c, transports: [...c.transports] });
const copyCeremony = (c: Ceremony): Ceremony => ({ ...c, token: c.token && { ...c.token } });
const copyRefreshToken = (t: RefreshToken): RefreshToken => ({ ...t });

/**
 * The default store: Maps with the indexes each lookup needs, so every operation is O(1) or
 * O(results) whatever the number of users. Records are copied in and out so callers can never
 * change stored state by mutating what they were given.
 */
export class MemoryStore implements Store {
  private clients = new Map<string, Client>();
  private users = new Map<string, User>();
  private usersByIdentifier = new Map<string, string>();
  private usersOfClient = new Map<string, Set<string>>();
  private credentials = new Map<string, StoredCredential>();
  /**
   * A user's credential ids, in the order added. Arrays, not Sets: a user has one or a few, and
   * for 100 000 seeded passkeys a one-element array is a fraction of a Set's memory and
   * allocation cost (~0.25 s and ~30 MB of the load-100k start-up, issue #5).
   */
  private credentialsOfUser = new Map<string, string[]>();
  private ceremonies = new Map<string, Ceremony>();
  private latestLogin = new Map<string, string>();
  private refreshTokens = new Map<string, RefreshToken>();

  async getClient(clientId: string) {
    const c = this.clients.get(clientId);
    return c && copyClient(c);
  }

  async listClients() {
    return [...this.clients.values()].map(copyClient);
  }

  async putClient(client: Client) {
    this.clients.set(client.client_id, copyClient(client));
  }

  async getUser(clientId: string, userId: string) {
    const u = this.users.get(key(clientId, userId));
    return u && copyUser(u);
  }

  async findUserByIdentifier(clientId: string, identifier: string) {
    const userId = this.usersByIdentifier.get(key(clientId, identifier.toLowerCase()));
    return userId === undefined ? undefined : this.getUser(clientId, userId);
  }

  async listUsers(clientId: string, limit = Infinity) {
    const users: User[] = [];
    for (const id of this.usersOfClient.get(clientId) ?? []) {
      if (users.length >= limit) break;
      users.push(copyUser(this.users.get(key(clientId, id))!));
    }
    return users;
  }

  async putUser(user: User) {
    const k = key(user.client_id, user.user_id);
    const previous = this.users.get(k);
    if (previous) this.usersByIdentifier.delete(key(user.client_id, previous.identifier.toLowerCase()));
    this.users.set(k, copyUser(user));
    this.usersByIdentifier.set(key(user.client_id, user.identifier.toLowerCase()), user.user_id);
    setOf(this.usersOfClient, user.client_id).add(user.user_id);
  }

  async getCredential(clientId: string, credentialId: string) {
    const c = this.credentials.get(key(clientId, credentialId));
    return c && copyCredential(c);
  }

  async listCredentials(clientId: string, userId: string) {
    const ids = this.credentialsOfUser.get(key(clientId, userId)) ?? [];
    return [...ids].map((id) => copyCredential(this.credentials.get(key(clientId, id))!));
  }

  async putCredential(credential: StoredCredential) {
    this.credentials.set(key(credential.client_id, credential.id), copyCredential(credential));
    const userKey = key(credential.client_id, credential.user_id);
    const ids = this.credentialsOfUser.get(userKey);
    if (!ids) this.credentialsOfUser.set(userKey, [credential.id]);
    else if (!ids.includes(credential.id)) ids.push(credential.id);
  }

  async deleteCredential(clientId: string, credentialId: string) {
    const k = key(clientId, credentialId);
    const existing = this.credentials.get(k);
    if (!existing) return false;
    this.credentials.delete(k);
    const ids = this.credentialsOfUser.get(key(clientId, existing.user_id));
    const at = ids?.indexOf(credentialId) ?? -1;
    if (at >= 0) ids!.splice(at, 1);
    return true;
  }

  async getCeremony(authCode: string) {
    const c = this.ceremonies.get(authCode);
    return c && copyCeremony(c);
  }

  async putCeremony(ceremony: Ceremony) {
    this.ceremonies.set(ceremony.auth_code, copyCeremony(ceremony));
    if (ceremony.kind === 'login' && ceremony.identifier !== null) {
      const k = key(ceremony.client_id, ceremony.identifier.toLowerCase());
      const latest = this.ceremonies.get(this.latestLogin.get(k) ?? '');
      if (!latest || latest.auth_code === ceremony.auth_code || latest.created_at <= ceremony.created_at) {
        this.latestLogin.set(k, ceremony.auth_code);
      }
    }
  }

  async latestLoginCeremony(clientId: string, identifier: string) {
    const authCode = this.latestLogin.get(key(clientId, identifier.toLowerCase()));
    return authCode === undefined ? undefined : this.getCeremony(authCode);
  }

  async purgeCeremonies(cutoff: string) {
    const keep = new Set(this.latestLogin.values());
    let removed = 0;
    for (const [code, ceremony] of this.ceremonies) {
      if (ceremony.expires_at < cutoff && !keep.has(code)) {
        this.ceremonies.delete(code);
        removed++;
      }
    }
    return removed;
  }

  async putRefreshToken(token: RefreshToken) {
    this.refreshTokens.set(token.token, copyRefreshToken(token));
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

  async exportData(): Promise<StoreData> {
    return copy({
      clients: [...this.clients.values()],
      users: [...this.users.values()],
      credentials: [...this.credentials.values()],
      ceremonies: [...this.ceremonies.values()],
      refresh_tokens: [...this.refreshTokens.values()],
    });
  }

  async importData(data: StoreData) {
    for (const map of [this.clients, this.users, this.usersByIdentifier, this.usersOfClient, this.credentials,
      this.credentialsOfUser, this.ceremonies, this.latestLogin, this.refreshTokens] as Map<string, unknown>[]) {
      map.clear();
    }
    for (const c of data.clients) await this.putClient(c);
    for (const u of data.users) await this.putUser(u);
    for (const c of data.credentials) await this.putCredential(c);
    for (const c of data.ceremonies) await this.putCeremony(c);
    for (const t of data.refresh_tokens) await this.putRefreshToken(t);
  }

  async counts() {
    return { clients: this.clients.size, users: this.users.size, credentials: this.credentials.size };
  }
}

function setOf<K>(map: Map<K, Set<string>>, k: K): Set<string> {
  let s = map.get(k);
  if (!s) map.set(k, (s = new Set()));
  return s;
}
