import t from 'tap';
import { emptyCollections } from '../../src/store/collections.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore } from '../../src/store/memory-store.js';
import { DataFileError, SqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import type { Ceremony, Client, RefreshToken, StoredCredential, User } from '../../src/store/types.js';

// The Store contract, run against both implementations: what every service relies on.

const dir = mkdtempSync(join(tmpdir(), 'store-contract-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const opened: SqliteStore[] = [];
t.teardown(() => { for (const s of opened) s.close(); });
const openSqlite = (path = join(dir, `s${files++}.db`)) => {
  const s = new SqliteStore(path);
  opened.push(s);
  return s;
};

const client = (id: string): Client => ({
  client_id: id, name: id, rp_id: 'localhost', rp_name: 'RP', origins: ['http://localhost:3000'],
  policy: { user_verification: 'preferred', resident_key: 'required', authenticator_attachment: 'platform', attestation: 'none', allow_cross_origin: false },
});
const user = (clientId: string, id: string, email: string): User => ({
  user_id: id, client_id: clientId, email, identifier: email, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', last_login_at: null,
  first_name: '', last_name: '', phone_id: null, email_verified: false, is_active: true, connection_type: 'ManualUser', groups: {}, raw_attributes: {}, roles: [],
});
const credential = (clientId: string, userId: string, id: string): StoredCredential => ({
  client_id: clientId, user_id: userId, id, Name: null, SignCount: 0, LastUsedAt: '2026-01-01T00:00:00.000Z', CreatedAt: '2026-01-01T00:00:00.000Z',
  UpdatedAt: '0001-01-01T00:00:00Z', public_key: 'pk', attestation_type: 'none', aaguid: '00000000-0000-0000-0000-000000000000',
  transports: ['internal'], backup_eligible: false, backup_state: false,
});
const ceremony = (code: string, over: Partial<Ceremony> = {}): Ceremony => ({
  auth_code: code, kind: 'login', client_id: 'c1', identifier: 'alice@example.com', user_id: null, challenge: `ch-${code}`,
  created_at: '2026-01-01T00:00:00.000Z', expires_at: '2026-01-01T00:05:00.000Z', user_verification: 'preferred', status: 'pending', token: null, ...over,
});
const token = (tok: string): RefreshToken => ({ token: tok, client_id: 'c1', user_id: 'u1', expires_at: '2026-02-01T00:00:00.000Z' });

const stores: Array<[string, () => Store]> = [
  ['MemoryStore', () => new MemoryStore()],
  ['SqliteStore', () => openSqlite()],
];

for (const [name, make] of stores) {
  t.test(`${name}: clients`, async (t) => {
    const s = make();
    t.equal(await s.getClient('c1'), undefined);
    await s.putClient(client('c1'));
    await s.putClient(client('c2'));
    await s.putClient({ ...client('c1'), name: 'renamed' });
    t.equal((await s.getClient('c1'))!.name, 'renamed', 'put replaces');
    t.same((await s.listClients()).map((c) => c.client_id), ['c1', 'c2'], 'insertion order, an update keeps its place');
    t.same(await s.counts(), { clients: 2, users: 0, credentials: 0 });
  });

  t.test(`${name}: users, scoped by client, identifier case-insensitive`, async (t) => {
    const s = make();
    await s.putClient(client('c1'));
    await s.putClient(client('c2'));
    await s.putUser(user('c1', 'u1', 'Alice@Example.com'));
    await s.putUser(user('c1', 'u2', 'bob@example.com'));
    await s.putUser(user('c2', 'u1', 'alice@example.com'));
    t.equal((await s.getUser('c1', 'u1'))!.email, 'Alice@Example.com');
    t.equal((await s.getUser('c2', 'u1'))!.email, 'alice@example.com', 'the same user_id in another client is another user');
    t.equal(await s.getUser('c2', 'u2'), undefined, 'not reachable through another client');
    t.equal((await s.findUserByIdentifier('c1', 'ALICE@example.COM'))!.user_id, 'u1');
    t.equal((await s.findUserByIdentifier('c2', 'Alice@Example.com'))!.client_id, 'c2');
    t.equal(await s.findUserByIdentifier('c2', 'bob@example.com'), undefined);
    t.same((await s.listUsers('c1')).map((u) => u.user_id), ['u1', 'u2']);
    t.same(await s.listUsers('nope'), []);
    t.same((await s.listUsers('c1', 1)).map((u) => u.user_id), ['u1'], 'a limit keeps the first');
    t.same((await s.listUsers('c1', 5)).map((u) => u.user_id), ['u1', 'u2']);
    // An identifier change moves the lookup.
    await s.putUser({ ...user('c1', 'u1', 'alice2@example.com'), last_login_at: '2026-01-02T00:00:00.000Z' });
    t.equal(await s.findUserByIdentifier('c1', 'alice@example.com'), undefined, 'the old identifier no longer finds the user');
    t.equal((await s.findUserByIdentifier('c1', 'ALICE2@example.com'))!.last_login_at, '2026-01-02T00:00:00.000Z');
    t.same((await s.listUsers('c1')).map((u) => u.user_id), ['u1', 'u2'], 'an update keeps its place');
    t.same(await s.counts(), { clients: 2, users: 3, credentials: 0 });
  });

  t.test(`${name}: credentials, scoped by client and user, delete`, async (t) => {
    const s = make();
    await s.putCredential(credential('c1', 'u1', 'k1'));
    await s.putCredential(credential('c1', 'u1', 'k2'));
    await s.putCredential(credential('c1', 'u2', 'k3'));
    await s.putCredential(credential('c2', 'u1', 'k1'));
    t.same((await s.listCredentials('c1', 'u1')).map((c) => c.id), ['k1', 'k2']);
    t.same((await s.listCredentials('c2', 'u1')).map((c) => c.client_id), ['c2']);
    t.equal(await s.getCredential('c2', 'k2'), undefined, 'not reachable through another client');
    await s.putCredential({ ...credential('c1', 'u1', 'k1'), SignCount: 5, Name: 'laptop' });
    t.match(await s.getCredential('c1', 'k1'), { SignCount: 5, Name: 'laptop' });
    t.same((await s.listCredentials('c1', 'u1')).map((c) => c.id), ['k1', 'k2'], 'an update keeps its place');
    t.equal(await s.deleteCredential('c1', 'k1'), true);
    t.equal(await s.deleteCredential('c1', 'k1'), false, 'a second delete finds nothing');
    t.equal(await s.deleteCredential('c1', 'k3x'), false);
    t.equal(await s.getCredential('c1', 'k1'), undefined);
    t.ok(await s.getCredential('c2', 'k1'), "the other client's k1 stays");
    t.same((await s.listCredentials('c1', 'u1')).map((c) => c.id), ['k2']);
    t.equal((await s.counts()).credentials, 3);
  });

  t.test(`${name}: seed adds many users and credentials as put would, indexes included`, async (t) => {
    const s = make();
    await s.putClient(client('c1'));
    await s.putUser(user('c1', 'u0', 'named@example.com'));
    const users = [user('c1', 'u1', 'One@example.com'), user('c1', 'u2', 'two@example.com'), user('c2', 'u1', 'one@example.com')];
    const credentials = [credential('c1', 'u1', 'k1'), credential('c1', 'u2', 'k2'), credential('c1', 'u1', 'k3'), credential('c2', 'u1', 'k1')];
    await s.seed({ users, credentials });
    t.same((await s.listUsers('c1')).map((u) => u.user_id), ['u0', 'u1', 'u2'], 'after the users already there, in the order given');
    t.equal((await s.findUserByIdentifier('c1', 'ONE@example.com'))!.user_id, 'u1', 'the identifier index is built');
    t.equal((await s.findUserByIdentifier('c2', 'one@example.com'))!.client_id, 'c2', 'scoped by client');
    t.same((await s.listCredentials('c1', 'u1')).map((c) => c.id), ['k1', 'k3'], "a user's credentials, in order");
    t.equal((await s.getCredential('c2', 'k1'))!.client_id, 'c2');
    t.same(await s.counts(), { clients: 1, users: 4, credentials: 4 });
    // Seeding an existing user replaces it, as putUser does: the old identifier no longer finds it.
    await s.seed({ users: [user('c1', 'u1', 'renamed@example.com')], credentials: [] });
    t.equal(await s.findUserByIdentifier('c1', 'one@example.com'), undefined);
    t.equal((await s.findUserByIdentifier('c1', 'renamed@example.com'))!.user_id, 'u1');
    t.same((await s.listUsers('c1')).map((u) => u.user_id), ['u0', 'u1', 'u2'], 'a replaced user keeps its place');
    // What is read back is a copy: changing it does not reach the store.
    (await s.getUser('c1', 'u2'))!.email = 'mutated@example.com';
    t.equal((await s.getUser('c1', 'u2'))!.email, 'two@example.com');
    await s.seed({ users: [], credentials: [] });
    t.same(await s.counts(), { clients: 1, users: 4, credentials: 4 }, 'an empty seed changes nothing');
  });

  t.test(`${name}: exports users and credentials client by client, in the order added`, async (t) => {
    const s = make();
    await s.putClient(client('c1'));
    await s.putClient(client('c2'));
    await s.putUser(user('c2', 'b1', 'b1@example.com'));
    await s.putUser(user('c1', 'a1', 'a1@example.com'));
    await s.putUser(user('c2', 'b2', 'b2@example.com'));
    await s.putUser(user('c1', 'a2', 'a2@example.com'));
    await s.putCredential(credential('c2', 'b1', 'kb1'));
    await s.putCredential(credential('c1', 'a1', 'ka1'));
    await s.putCredential(credential('c2', 'b2', 'kb2'));
    await s.putUser({ ...user('c2', 'b1', 'b1@example.com'), last_login_at: '2026-01-03T00:00:00.000Z' });
    const data = await s.exportData();
    t.same(data.users.map((u) => `${u.client_id}/${u.user_id}`), ['c1/a1', 'c1/a2', 'c2/b1', 'c2/b2']);
    t.same(data.credentials.map((c) => `${c.client_id}/${c.id}`), ['c1/ka1', 'c2/kb1', 'c2/kb2']);
    // A record of a client never added (only a store used directly can hold one) comes last.
    await s.putUser(user('ghost', 'g1', 'g1@example.com'));
    await s.putCredential(credential('ghost', 'g1', 'kg1'));
    await s.putUser(user('c1', 'a3', 'a3@example.com'));
    const after = await s.exportData();
    t.same(after.users.map((u) => `${u.client_id}/${u.user_id}`), ['c1/a1', 'c1/a2', 'c1/a3', 'c2/b1', 'c2/b2', 'ghost/g1']);
    t.same(after.credentials.map((c) => `${c.client_id}/${c.id}`).at(-1), 'ghost/kg1');
  });

  t.test(`${name}: records are copied in and out`, async (t) => {
    const s = make();
    const u = user('c1', 'u1', 'alice@example.com');
    await s.putUser(u);
    u.email = 'mutated@example.com';
    t.equal((await s.getUser('c1', 'u1'))!.email, 'alice@example.com', 'mutating what was put changes nothing');
    const out = (await s.getUser('c1', 'u1'))!;
    out.email = 'mutated@example.com';
    t.equal((await s.getUser('c1', 'u1'))!.email, 'alice@example.com', 'mutating what was got changes nothing');
    const c = credential('c1', 'u1', 'k1');
    await s.putCredential(c);
    c.transports.push('usb');
    const listed = await s.listCredentials('c1', 'u1');
    t.same(listed[0].transports, ['internal']);
    listed[0].transports.push('nfc');
    t.same((await s.getCredential('c1', 'k1'))!.transports, ['internal']);
    const data = await s.exportData();
    data.users[0].email = 'x';
    t.equal((await s.getUser('c1', 'u1'))!.email, 'alice@example.com', 'the export is a copy');
  });

  t.test(`${name}: ceremonies and the latest login per identifier`, async (t) => {
    const s = make();
    await s.putCeremony(ceremony('a1', { identifier: 'Alice@example.com' }));
    await s.putCeremony(ceremony('a2', { created_at: '2026-01-01T00:01:00.000Z' }));
    await s.putCeremony(ceremony('r1', { kind: 'registration', created_at: '2026-01-01T00:02:00.000Z' }));
    await s.putCeremony(ceremony('b1', { client_id: 'c2', created_at: '2026-01-01T00:03:00.000Z' }));
    t.equal((await s.getCeremony('a1'))!.identifier, 'Alice@example.com');
    t.equal(await s.getCeremony('zz'), undefined);
    t.equal((await s.latestLoginCeremony('c1', 'ALICE@EXAMPLE.COM'))!.auth_code, 'a2', 'latest login, registrations do not count, scoped by client');
    t.equal((await s.latestLoginCeremony('c2', 'alice@example.com'))!.auth_code, 'b1');
    t.equal(await s.latestLoginCeremony('c1', 'bob@example.com'), undefined);
    // An older ceremony put later does not take over; an update of the latest keeps it.
    await s.putCeremony(ceremony('a0', { created_at: '2025-12-31T23:00:00.000Z' }));
    t.equal((await s.latestLoginCeremony('c1', 'alice@example.com'))!.auth_code, 'a2');
    await s.putCeremony({ ...ceremony('a2', { created_at: '2026-01-01T00:01:00.000Z' }), status: 'failed' });
    t.match(await s.latestLoginCeremony('c1', 'alice@example.com'), { auth_code: 'a2', status: 'failed' });
    await s.putCeremony({ ...ceremony('a1', { identifier: 'Alice@example.com' }), status: 'verified' });
    t.equal((await s.getCeremony('a1'))!.status, 'verified');
    t.equal((await s.latestLoginCeremony('c1', 'alice@example.com'))!.auth_code, 'a2', 'updating an older one does not make it the latest');
    t.same((await s.exportData()).ceremonies.map((c) => c.auth_code), ['a1', 'a2', 'r1', 'b1', 'a0'], 'insertion order, updates keep their place');
  });

  t.test(`${name}: purgeCeremonies forgets expired ceremonies but each identifier's latest login`, async (t) => {
    const s = make();
    await s.putCeremony(ceremony('old1', { created_at: '2026-01-01T00:00:00.000Z', expires_at: '2026-01-01T00:05:00.000Z' }));
    await s.putCeremony(ceremony('old2', { created_at: '2026-01-01T00:01:00.000Z', expires_at: '2026-01-01T00:06:00.000Z' }));
    await s.putCeremony(ceremony('reg', { kind: 'registration', identifier: null, expires_at: '2026-01-01T00:05:00.000Z' }));
    await s.putCeremony(ceremony('bob', { identifier: 'bob@example.com', expires_at: '2026-01-01T00:05:00.000Z' }));
    await s.putCeremony(ceremony('fresh', { identifier: 'carol@example.com', expires_at: '2026-01-01T01:00:00.000Z' }));
    t.equal(await s.purgeCeremonies('2026-01-01T00:10:00.000Z'), 2, 'old1 and reg go');
    t.same((await s.exportData()).ceremonies.map((c) => c.auth_code), ['old2', 'bob', 'fresh']);
    t.equal((await s.latestLoginCeremony('c1', 'alice@example.com'))!.auth_code, 'old2', 'the latest login stays, so status can answer expired');
    t.equal(await s.purgeCeremonies('2026-01-01T00:10:00.000Z'), 0, 'nothing more to purge');
    t.equal(await s.purgeCeremonies('2026-01-01T00:00:00.000Z'), 0, 'nothing expired before an earlier cutoff');
  });

  t.test(`${name}: export / import round trip, import replaces everything`, async (t) => {
    const s = make();
    await s.putClient(client('c1'));
    await s.putClient(client('c0'));
    await s.putUser(user('c1', 'u2', 'bob@example.com'));
    await s.putUser(user('c1', 'u1', 'Alice@example.com'));
    await s.putCredential(credential('c1', 'u1', 'k2'));
    await s.putCredential(credential('c1', 'u1', 'k1'));
    await s.putCeremony(ceremony('a1'));
    await s.putRefreshToken(token('rt_b'));
    await s.putRefreshToken(token('rt_a'));
    const data = await s.exportData();
    t.same(data.clients.map((c) => c.client_id), ['c1', 'c0']);
    t.same(data.users.map((u) => u.user_id), ['u2', 'u1']);
    t.same(data.credentials.map((c) => c.id), ['k2', 'k1']);
    t.same(data.refresh_tokens.map((r) => r.token), ['rt_b', 'rt_a']);

    const other = make();
    await other.putClient(client('stale'));
    await other.putUser(user('stale', 'x', 'stale@example.com'));
    await other.putCeremony(ceremony('stale', { client_id: 'stale', identifier: 'stale@example.com' }));
    await other.importData(data);
    t.same(await other.exportData(), data, 'what was exported comes back identical');
    t.equal(JSON.stringify(await other.exportData()), JSON.stringify(data), 'byte for byte, key order included');
    t.equal(await other.getClient('stale'), undefined, 'import replaced what was there');
    t.equal(await other.latestLoginCeremony('stale', 'stale@example.com'), undefined, 'indexes were replaced too');
    t.equal((await other.findUserByIdentifier('c1', 'alice@example.com'))!.user_id, 'u1', 'indexes rebuilt');
    t.equal((await other.latestLoginCeremony('c1', 'alice@example.com'))!.auth_code, 'a1');
    t.same(await other.counts(), { clients: 2, users: 2, credentials: 2 });
    await other.importData({ clients: [], users: [], credentials: [], ceremonies: [], refresh_tokens: [], ...emptyCollections() });
    t.same(await other.exportData(), { clients: [], users: [], credentials: [], ceremonies: [], refresh_tokens: [], ...emptyCollections() });
  });
}

t.test('SqliteStore: a new store on the same file (a restart) sees everything, indexes included', async (t) => {
  const path = join(dir, 'restart.db');
  const a = new SqliteStore(path);
  t.equal(await a.resumePoint(), undefined, 'a new file holds no data');
  a.trackRuntime(() => ({ scenario: 'default', seed: 7, rng_counter: counter }));
  let counter = 3;
  await a.putClient(client('c1'));
  await a.putUser(user('c1', 'u1', 'Alice@example.com'));
  await a.putCredential(credential('c1', 'u1', 'k1'));
  await a.putCeremony(ceremony('a1'));
  counter = 11;
  await a.putRefreshToken(token('rt'));
  const before = await a.exportData();
  a.close();
  t.notOk(a.open);
  a.close(); // idempotent

  const b = new SqliteStore(path);
  t.teardown(() => b.close());
  t.same(await b.exportData(), before);
  t.equal((await b.findUserByIdentifier('c1', 'ALICE@example.com'))!.user_id, 'u1');
  t.equal((await b.listCredentials('c1', 'u1'))[0].id, 'k1');
  t.equal((await b.latestLoginCeremony('c1', 'alice@example.com'))!.auth_code, 'a1');
  t.same(await b.resumePoint(), { scenario: 'default', seed: 7, rng_counter: 11 }, 'the runtime position of the last write');
});

t.test('SqliteStore: the write-ahead log alone (no clean close) is enough', async (t) => {
  // What kill -9 leaves: the connection never closed, nothing checkpointed. A copy of the
  // database and its WAL taken while the first store is still open is what a new process finds.
  const path = join(dir, 'nocheckpoint.db');
  const a = new SqliteStore(path);
  for (let i = 0; i < 50; i++) await a.putUser(user('c1', `u${i}`, `user${i}@example.com`));
  await a.putClient(client('c1'));
  const { copyFileSync, existsSync } = await import('node:fs');
  t.ok(existsSync(`${path}-wal`), 'the writes are in the WAL');
  const copy = join(dir, 'copy.db');
  copyFileSync(path, copy);
  copyFileSync(`${path}-wal`, `${copy}-wal`);
  a.close();
  const b = new SqliteStore(copy);
  t.teardown(() => b.close());
  t.equal((await b.listUsers('c1')).length, 50);
  t.ok(await b.getClient('c1'));
});

t.test('SqliteStore: a file it cannot use is refused with the fix', async (t) => {
  const garbage = join(dir, 'garbage.db');
  writeFileSync(garbage, 'this is not a database, just some text that is long enough to have a header'.repeat(10));
  t.throws(() => new SqliteStore(garbage), { name: 'DataFileError', message: /garbage\.db is not a SQLite database; point DATA_FILE at a new or sandbox-made file/ });
  t.throws(() => new SqliteStore(join(dir, 'no', 'such', 'dir.db')), { name: 'DataFileError', message: /cannot be opened: .*check that its directory exists and is writable/ });
  const held = new SqliteStore(join(dir, 'held.db'));
  t.teardown(() => held.close());
  t.throws(() => new SqliteStore(join(dir, 'held.db')), { name: 'DataFileError', message: /in use by another running sandbox/ });
  t.ok(DataFileError);
});
