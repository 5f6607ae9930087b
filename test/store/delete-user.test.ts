import t from 'tap';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { bothStores } from './both-stores.js';
import type { Store } from '../../src/store/store.js';
import type { Ceremony, LoginLog, StoredCredential, User } from '../../src/store/types.js';

// Delete User's cascade (Store.deleteUser, Store.deleteOwnedRecords), run against both stores:
// everything of the user goes, nothing of anybody else, and both stores export the same after.

const { dir, openSqlite, stores } = bothStores(t, 'delete-user');

const at = '2026-01-01T00:00:00.000Z';
const user = (clientId: string, id: string, email: string): User => ({
  user_id: id, client_id: clientId, email, identifier: email, created_at: at, updated_at: at, last_login_at: null,
  first_name: '', last_name: '', phone_id: null, email_verified: false, is_active: true, connection_type: 'ManualUser', groups: {}, raw_attributes: {}, roles: [],
});
const credential = (clientId: string, userId: string, id: string): StoredCredential => ({
  client_id: clientId, user_id: userId, id, Name: null, SignCount: 0, LastUsedAt: at, CreatedAt: at, UpdatedAt: at, public_key: 'pk',
  attestation_type: 'none', aaguid: '00000000-0000-0000-0000-000000000000', transports: ['internal'], backup_eligible: false, backup_state: false,
});
const ceremony = (code: string, clientId: string, userId: string, identifier: string): Ceremony => ({
  auth_code: code, kind: 'login', client_id: clientId, identifier, user_id: userId, challenge: `ch-${code}`, created_at: at,
  expires_at: '2026-01-01T00:05:00.000Z', user_verification: 'preferred', status: 'verified', token: null,
});
const log = (clientId: string, id: string, userId: string): LoginLog => ({
  id, client_id: clientId, user_id: userId, method: 'passkey', ip: '127.0.0.1', user_agent: 'test', created_at: at,
});

/** Alice (c1/u1) and Bob (c1/u2) with one of everything, and a u1 of another client (c2). */
async function populate(s: Store) {
  await s.putUser(user('c1', 'u1', 'alice@example.com'));
  await s.putUser(user('c1', 'u2', 'bob@example.com'));
  await s.putUser(user('c2', 'u1', 'alice@example.com'));
  for (const [c, u, id] of [['c1', 'u1', 'k1'], ['c1', 'u1', 'k2'], ['c1', 'u2', 'k3'], ['c2', 'u1', 'k4']] as const) await s.putCredential(credential(c, u, id));
  for (const [c, u, tok] of [['c1', 'u1', 'r1'], ['c1', 'u2', 'r2'], ['c2', 'u1', 'r3']] as const) {
    await s.putRefreshToken({ token: tok, client_id: c, user_id: u, expires_at: '2026-02-01T00:00:00.000Z' });
  }
  await s.putCeremony(ceremony('a1', 'c1', 'u1', 'alice@example.com'));
  await s.putCeremony(ceremony('a2', 'c2', 'u1', 'alice@example.com'));
  for (const [c, u, id] of [['c1', 'u1', 'l1'], ['c1', 'u2', 'l2'], ['c2', 'u1', 'l3']] as const) await s.putRecord('login_logs', log(c, id, u));
}

for (const [name, make] of stores) {
  t.test(`${name}: deleting a user removes them, their passkeys, refresh tokens, ceremonies and owned records, and nobody else's`, async (t) => {
    const s = make();
    await populate(s);
    t.equal(await s.deleteUser('c1', 'u1'), true);
    t.equal(await s.getUser('c1', 'u1'), undefined);
    t.equal(await s.findUserByIdentifier('c1', 'alice@example.com'), undefined, 'the identifier is free again');
    t.same(await s.listCredentials('c1', 'u1'), []);
    t.equal(await s.getCredential('c1', 'k1'), undefined, 'a passkey is no longer found by its id');
    t.equal(await s.getCeremony('a1'), undefined);
    t.equal(await s.latestLoginCeremony('c1', 'alice@example.com'), undefined);
    t.same(await s.listRecords('login_logs', 'c1', 'u1'), []);
    const data = await s.exportData();
    t.same(data.users.map((u) => `${u.client_id}/${u.user_id}`), ['c1/u2', 'c2/u1']);
    t.same(data.credentials.map((c) => c.id), ['k3', 'k4']);
    t.same(data.refresh_tokens.map((r) => r.token), ['r2', 'r3']);
    t.same(data.ceremonies.map((c) => c.auth_code), ['a2']);
    t.same(data.login_logs.map((l) => l.id), ['l2', 'l3']);
    t.equal((await s.latestLoginCeremony('c2', 'alice@example.com'))?.auth_code, 'a2', "the other client's Alice keeps her ceremony");
  });

  t.test(`${name}: deleting an unknown user answers false and changes nothing`, async (t) => {
    const s = make();
    await populate(s);
    const before = JSON.stringify(await s.exportData());
    t.equal(await s.deleteUser('c1', 'nobody'), false);
    t.equal(await s.deleteUser('c3', 'u1'), false, 'not through a client the user is not in');
    t.equal(JSON.stringify(await s.exportData()), before);
  });

  t.test(`${name}: deleteOwnedRecords removes only the records that user owns, in that client`, async (t) => {
    const s = make();
    await populate(s);
    t.equal(await s.deleteOwnedRecords('c1', 'u1'), 1);
    t.equal(await s.deleteOwnedRecords('c1', 'u1'), 0);
    t.same((await s.exportData()).login_logs.map((l) => l.id), ['l2', 'l3']);
    t.ok(await s.getUser('c1', 'u1'), 'the user stays');
  });
}

t.test('both stores export the same after a delete, byte for byte', async (t) => {
  const exports: string[] = [];
  for (const [, make] of stores) {
    const s = make();
    await populate(s);
    await s.deleteUser('c1', 'u2');
    exports.push(JSON.stringify(await s.exportData()));
  }
  t.equal(exports[0], exports[1]);
});

t.test('SqliteStore: a file written before records had an owner gains the column, and its records cascade once rewritten', async (t) => {
  const path = join(dir, 'old.db');
  const old = new Database(path);
  old.exec(`CREATE TABLE records (seq INTEGER PRIMARY KEY, collection TEXT NOT NULL, client_id TEXT NOT NULL, key TEXT NOT NULL, idx TEXT,
    purge_after TEXT, data TEXT NOT NULL, UNIQUE (collection, client_id, key)); PRAGMA user_version = 1;`);
  old.close();
  const s = openSqlite(path);
  await s.putUser(user('c1', 'u1', 'alice@example.com'));
  await s.putRecord('login_logs', log('c1', 'l1', 'u1'));
  t.equal(await s.deleteUser('c1', 'u1'), true);
  t.same(await s.listRecords('login_logs', 'c1'), []);
});
