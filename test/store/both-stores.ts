import type { Test } from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore } from '../../src/store/memory-store.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

/**
 * The two Store implementations for a test file that runs the same checks on both: a fresh
 * MemoryStore, and a SqliteStore on a new file of a temporary directory that the test's
 * teardown closes and removes. `openSqlite(path)` reopens a given file (restart tests).
 */
export function bothStores(t: Test, prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const opened: SqliteStore[] = [];
  t.teardown(() => {
    for (const s of opened) s.close();
    rmSync(dir, { recursive: true, force: true });
  });
  let files = 0;
  const openSqlite = (path = join(dir, `s${files++}.db`)) => {
    const s = new SqliteStore(path);
    opened.push(s);
    return s;
  };
  const stores: Array<[string, () => Store]> = [
    ['MemoryStore', () => new MemoryStore()],
    ['SqliteStore', () => openSqlite()],
  ];
  return { dir, openSqlite, stores };
}
