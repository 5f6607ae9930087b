import t from 'tap';
import { emptyCollections } from '../../src/store/collections.js';
import { join } from 'node:path';
import { bothStores } from './both-stores.js';
import type { Store } from '../../src/store/store.js';
import type { LoginLog, StoreData } from '../../src/store/types.js';

// The record collections (src/store/collections.ts), run against both stores: the same answers,
// the same order, and the same export, byte for byte.

const { dir, openSqlite, stores } = bothStores(t, 'record-collections');

const log = (clientId: string, id: string, userId: string, over: Partial<LoginLog> = {}): LoginLog => ({
  id, client_id: clientId, user_id: userId, method: 'passkey', ip: '127.0.0.1', user_agent: 'test', created_at: '2026-01-01T00:00:00.000Z', ...over,
});
const empty = (): StoreData => ({ clients: [], users: [], credentials: [], ceremonies: [], refresh_tokens: [], ...emptyCollections() });

for (const [name, make] of stores) {
  t.test(`${name}: a record is found by its client and key, and by no other client`, async (t) => {
    const s = make();
    t.equal(await s.getRecord('login_logs', 'c1', 'l1'), undefined);
    await s.putRecord('login_logs', log('c1', 'l1', 'u1'));
    t.same(await s.getRecord('login_logs', 'c1', 'l1'), log('c1', 'l1', 'u1'));
    t.equal(await s.getRecord('login_logs', 'c2', 'l1'), undefined, 'another client does not see it');
    t.same(await s.listRecords('login_logs', 'c2'), []);
  });

  t.test(`${name}: a put with the same key replaces the record and keeps its place`, async (t) => {
    const s = make();
    await s.putRecord('login_logs', log('c1', 'l1', 'u1'));
    await s.putRecord('login_logs', log('c1', 'l2', 'u1'));
    await s.putRecord('login_logs', log('c1', 'l1', 'u1', { method: 'email_otp' }));
    const listed = await s.listRecords('login_logs', 'c1');
    t.same(listed.map((r) => [r.id, r.method]), [['l1', 'email_otp'], ['l2', 'passkey']]);
  });

  t.test(`${name}: listing by index gives that index's records in the order first added`, async (t) => {
    const s = make();
    await s.putRecord('login_logs', log('c1', 'l1', 'u1'));
    await s.putRecord('login_logs', log('c1', 'l2', 'u2'));
    await s.putRecord('login_logs', log('c1', 'l3', 'u1'));
    await s.putRecord('login_logs', log('c2', 'l4', 'u1'));
    t.same((await s.listRecords('login_logs', 'c1', 'u1')).map((r) => r.id), ['l1', 'l3']);
    // l1 moves to u2: it leaves u1's list and takes its first-added place in u2's.
    await s.putRecord('login_logs', log('c1', 'l1', 'u2'));
    t.same((await s.listRecords('login_logs', 'c1', 'u1')).map((r) => r.id), ['l3']);
    t.same((await s.listRecords('login_logs', 'c1', 'u2')).map((r) => r.id), ['l1', 'l2']);
    t.same(await s.listRecords('login_logs', 'c1', 'nobody'), []);
  });

  t.test(`${name}: delete forgets a record and its index entry, once`, async (t) => {
    const s = make();
    await s.putRecord('login_logs', log('c1', 'l1', 'u1'));
    t.equal(await s.deleteRecord('login_logs', 'c2', 'l1'), false, 'not through another client');
    t.equal(await s.deleteRecord('login_logs', 'c1', 'l1'), true);
    t.equal(await s.deleteRecord('login_logs', 'c1', 'l1'), false);
    t.same(await s.listRecords('login_logs', 'c1', 'u1'), []);
    t.equal(await s.getRecord('login_logs', 'c1', 'l1'), undefined);
  });

  t.test(`${name}: records are copied in and out`, async (t) => {
    const s = make();
    const given = log('c1', 'l1', 'u1');
    await s.putRecord('login_logs', given);
    given.method = 'changed';
    const read = (await s.getRecord('login_logs', 'c1', 'l1'))!;
    t.equal(read.method, 'passkey');
    read.method = 'changed again';
    t.equal((await s.listRecords('login_logs', 'c1'))[0]!.method, 'passkey');
  });

  t.test(`${name}: a collection without purgeAfter is never purged`, async (t) => {
    const s = make();
    await s.putRecord('login_logs', log('c1', 'l1', 'u1'));
    t.equal(await s.purgeRecords('login_logs', '9999-01-01T00:00:00.000Z'), 0);
    t.equal((await s.listRecords('login_logs', 'c1')).length, 1);
  });

  t.test(`${name}: export lists every collection in the order added; import replaces them`, async (t) => {
    const s = make();
    await s.putRecord('login_logs', log('c2', 'l1', 'u1'));
    await s.putRecord('login_logs', log('c1', 'l2', 'u1'));
    const exported = await s.exportData();
    t.same(exported.login_logs.map((r) => r.id), ['l1', 'l2']);
    await s.importData({ ...empty(), login_logs: [log('c1', 'l9', 'u9')] });
    t.same((await s.exportData()).login_logs.map((r) => r.id), ['l9']);
    t.equal(await s.getRecord('login_logs', 'c2', 'l1'), undefined, 'the old records are gone');
    t.same((await s.listRecords('login_logs', 'c1', 'u9')).map((r) => r.id), ['l9'], 'the index is rebuilt');
  });
}

t.test('both stores export the same records the same way, byte for byte', async (t) => {
  const exports: string[] = [];
  for (const [, make] of stores) {
    const s = make();
    await s.putRecord('login_logs', log('c1', 'l1', 'u1'));
    await s.putRecord('login_logs', log('c2', 'l2', 'u1'));
    await s.putRecord('login_logs', log('c1', 'l3', 'u2'));
    await s.putRecord('login_logs', log('c1', 'l1', 'u1', { ip: '10.0.0.1' }));
    await s.deleteRecord('login_logs', 'c2', 'l2');
    await s.putRecord('login_logs', log('c2', 'l2', 'u1'));
    exports.push(JSON.stringify(await s.exportData()));
  }
  t.equal(exports[0], exports[1]);
  t.match(exports[0], /"login_logs":\[\{"id":"l1".*"ip":"10\.0\.0\.1".*"id":"l3".*"id":"l2"/);
});

t.test('SqliteStore: records survive a restart on the same file, indexes included', async (t) => {
  const path = join(dir, 'restart.db');
  const first = openSqlite(path);
  await first.putRecord('login_logs', log('c1', 'l1', 'u1'));
  first.close();
  const second = openSqlite(path);
  t.same((await second.listRecords('login_logs', 'c1', 'u1')).map((r) => r.id), ['l1']);
});

t.test('an import that cannot be copied whole changes nothing, in both stores', async (t) => {
  let deep: Record<string, unknown> = {};
  const root = deep;
  for (let i = 0; i < 20_000; i++) deep = (deep.a = {}) as Record<string, unknown>;
  for (const [name, make] of stores) {
    const s = make();
    await s.putRecord('login_logs', log('c1', 'l1', 'u1'));
    const before = JSON.stringify(await s.exportData());
    const bad = { ...empty(), login_logs: [log('c1', 'l2', 'u1'), { ...log('c1', 'l3', 'u1'), user_agent: root as never }] };
    await t.rejects(s.importData(bad), `${name} refuses it`);
    t.equal(JSON.stringify(await s.exportData()), before, `${name} keeps the old state`);
  }
});
