// addCeremony's caps on both stores (issue #13 item 5): each owner keeps its newest ceremonies,
// the store its newest in all, the oldest forgotten first; restores are not capped.
import t from 'tap';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore } from '../../src/store/memory-store.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import type { Ceremony } from '../../src/store/types.js';

const dir = mkdtempSync(join(tmpdir(), 'ceremony-cap-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const opened: SqliteStore[] = [];
t.teardown(() => { for (const s of opened) s.close(); });
const openSqlite = (path = join(dir, `s${files++}.db`)) => {
  const s = new SqliteStore(path);
  opened.push(s);
  return s;
};

let n = 0;
/** A new ceremony; each later than the one before. */
const ceremony = (code: string, over: Partial<Ceremony> = {}): Ceremony => {
  const at = new Date(Date.UTC(2026, 0, 1) + 1000 * n++).toISOString();
  return {
    auth_code: code, kind: 'login', client_id: 'c1', identifier: 'alice@example.com', user_id: null, challenge: `ch-${code}`,
    created_at: at, expires_at: new Date(Date.parse(at) + 300_000).toISOString(), user_verification: 'preferred', status: 'pending', token: null, ...over,
  };
};
const codes = async (s: Store) => (await s.exportData()).ceremonies.map((c) => c.auth_code);
const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
const wide = { perOwner: 20, total: 1000 };

const stores: Array<[string, () => Store]> = [
  ['MemoryStore', () => new MemoryStore()],
  ['SqliteStore', () => openSqlite()],
];

for (const [name, make] of stores) {
  t.test(`${name}: an owner keeps its newest 20 ceremonies, and other owners keep theirs`, async (t) => {
    const s = make();
    await s.addCeremony(ceremony('bob1', { identifier: 'bob@example.com' }), wide);
    await s.addCeremony(ceremony('reg1', { kind: 'registration', identifier: null, user_id: 'u1' }), wide);
    await s.addCeremony(ceremony('c2a', { client_id: 'c2' }), wide);
    const evicted: number[] = [];
    for (let i = 1; i <= 25; i++) evicted.push(await s.addCeremony(ceremony(`a${i}`, { identifier: i % 2 ? 'Alice@Example.com' : 'alice@example.com' }), wide));
    t.same(evicted, [...Array(20).fill(0), 1, 1, 1, 1, 1], 'one forgotten per ceremony past the 20th');
    t.same(await codes(s), ['bob1', 'reg1', 'c2a', ...range('a', 6, 25)], 'the 5 oldest of alice (any case) go; bob, a registration and another client stay');
    t.equal(await s.getCeremony('a5'), undefined);
    t.equal((await s.latestLoginCeremony('c1', 'alice@example.com'))!.auth_code, 'a25');
  });

  t.test(`${name}: past the total, the oldest ceremonies of anyone go first`, async (t) => {
    const s = make();
    const cap = { perOwner: 20, total: 5 };
    const evicted: number[] = [];
    for (let i = 1; i <= 8; i++) evicted.push(await s.addCeremony(ceremony(`x${i}`, { identifier: `user${i % 3}@example.com` }), cap));
    t.same(evicted, [0, 0, 0, 0, 0, 1, 1, 1]);
    t.same(await codes(s), range('x', 4, 8));
    // An update of a kept ceremony keeps its place and does not count as a new one.
    await s.putCeremony({ ...(await s.getCeremony('x4'))!, status: 'failed' });
    t.equal(await s.addCeremony(ceremony('x9', { identifier: 'user9@example.com' }), cap), 1);
    t.same(await codes(s), range('x', 5, 9), 'x4, the oldest, went despite its update');
  });

  t.test(`${name}: purged ceremonies leave the caps' counts too`, async (t) => {
    const s = make();
    for (let i = 1; i <= 10; i++) await s.addCeremony(ceremony(`old${i}`, { expires_at: '2026-01-01T00:00:00.500Z' }), wide);
    await s.addCeremony(ceremony('keep', { identifier: 'bob@example.com' }), wide);
    t.equal(await s.purgeCeremonies('2026-01-01T00:01:00.000Z'), 9, "all of alice's expired but her latest");
    const cap = { perOwner: 20, total: 12 };
    const evicted: number[] = [];
    for (let i = 1; i <= 19; i++) evicted.push(await s.addCeremony(ceremony(`new${i}`), { perOwner: 20, total: 1000 }));
    t.same(evicted, Array(19).fill(0), 'old10 and 19 new make 20 of alice: none forgotten');
    t.equal(await s.addCeremony(ceremony('new20'), { perOwner: 20, total: 1000 }), 1, 'the 21st forgets old10');
    t.equal(await s.getCeremony('old10'), undefined);
    t.equal(await s.addCeremony(ceremony('bob2', { identifier: 'bob@example.com' }), cap), 10, '22 held, 12 allowed: the 10 oldest go, bob\'s first too');
    t.same(await codes(s), [...range('new', 10, 20), 'bob2']);
  });

  t.test(`${name}: a restore is not capped, comes back identical, and the caps apply to it afterwards`, async (t) => {
    const s = make();
    for (let i = 1; i <= 25; i++) await s.putCeremony(ceremony(`p${i}`));
    const data = await s.exportData();
    const other = make();
    await other.addCeremony(ceremony('stale'), wide);
    await other.importData(data);
    t.equal(JSON.stringify(await other.exportData()), JSON.stringify(data), 'byte for byte, all 25 kept');
    t.equal(await other.addCeremony(ceremony('p26'), wide), 6, 'the next new one leaves the newest 20');
    t.same(await codes(other), range('p', 7, 26));
    t.equal(await other.addCeremony(ceremony('q1', { identifier: 'q@example.com' }), { perOwner: 20, total: 20 }), 1, 'the total counts the restored ones');
    t.same(await codes(other), [...range('p', 8, 26), 'q1']);
  });
}

t.test('SqliteStore: the caps hold across a restart, and a file from before the owner index gains it', async (t) => {
  const path = join(dir, 'restart.db');
  const first = openSqlite(path);
  for (let i = 1; i <= 20; i++) await first.addCeremony(ceremony(`r${i}`), wide);
  first.close();
  const second = openSqlite(path);
  t.equal(await second.addCeremony(ceremony('r21'), wide), 1, 'the owner index was kept');
  t.equal(await second.addCeremony(ceremony('s1', { identifier: 's@example.com' }), { perOwner: 20, total: 10 }), 11, 'and the total counted the file');
  second.close();

  // A file written before ceremony_owners existed: drop the index, as such a file has none.
  const old = new Database(path);
  old.exec('DROP TRIGGER ceremony_owner_forgotten; DROP TABLE ceremony_owners;');
  old.close();
  const third = openSqlite(path);
  const before = await codes(third);
  t.equal(before.length, 10);
  for (let i = 1; i <= 19; i++) await third.addCeremony(ceremony(`t${i}`, { identifier: 's@example.com' }), wide);
  t.equal(await third.addCeremony(ceremony('t20', { identifier: 's@example.com' }), wide), 1, "s@example.com's s1 counted: the index was rebuilt at open");
  t.notOk((await codes(third)).includes('s1'));
});

t.test('MemoryStore: a ceremony forgotten past the total cap takes its identifier\'s latest-login entry with it, so the index stays bounded', async (t) => {
  const s = new MemoryStore();
  const cap = { perOwner: 20, total: 3 };
  for (let i = 1; i <= 10; i++) await s.addCeremony(ceremony(`u${i}`, { identifier: `user${i}@example.com` }), cap);
  // The index is private; read through the store's own field to prove it no longer grows per identifier.
  t.same([...(s['partitions'].get('c1')?.latestLogin.keys() ?? [])], ['user8@example.com', 'user9@example.com', 'user10@example.com']);
  t.equal((await s.latestLoginCeremony('c1', 'user1@example.com')), undefined, 'a forgotten one reads as none, as before');
  t.equal((await s.latestLoginCeremony('c1', 'user10@example.com'))?.auth_code, 'u10');
});

t.test('SqliteStore: a ceremony forgotten past the total cap takes its latest-login row with it, so the table stays bounded', async (t) => {
  const s = openSqlite();
  const cap = { perOwner: 20, total: 3 };
  for (let i = 1; i <= 10; i++) await s.addCeremony(ceremony(`u${i}`, { identifier: `user${i}@example.com` }), cap);
  // The table is private; read it through the store's own handle to prove it no longer grows per identifier.
  const rows = s['db'].prepare('SELECT identifier_lc FROM latest_login ORDER BY identifier_lc').all() as Array<{ identifier_lc: string }>;
  t.same(rows.map((r) => r.identifier_lc), ['user10@example.com', 'user8@example.com', 'user9@example.com']);
  t.equal(await s.latestLoginCeremony('c1', 'user1@example.com'), undefined, 'a forgotten one reads as none');
  t.equal((await s.latestLoginCeremony('c1', 'user10@example.com'))?.auth_code, 'u10');
});
