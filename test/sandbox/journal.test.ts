// The journal became a ring buffer that overwrites its oldest slot (issue #5): once full it
// must still list the newest `capacity` entries, oldest first, with their ids and times.
import t from 'tap';
import { Clock } from '../../src/lib/clock.js';
import { Journal } from '../../src/sandbox/journal.js';

const entry = (status: number) => ({ method: 'GET', path: '/p', operation: 'op', status, client_id: 'c' });

t.test('past capacity: the newest entries, oldest first, ids and times kept', async (t) => {
  const clock = new Clock('2026-01-01T00:00:00.000Z');
  const journal = new Journal(clock, 3);
  for (let i = 1; i <= 7; i++) {
    journal.record(entry(200 + i));
    clock.advance(1000);
  }
  const listed = journal.list();
  t.same(listed.map((e) => e.id), [5, 6, 7]);
  t.same(listed.map((e) => e.status), [205, 206, 207]);
  t.same(listed.map((e) => e.time), ['2026-01-01T00:00:04.000Z', '2026-01-01T00:00:05.000Z', '2026-01-01T00:00:06.000Z']);
  t.same(journal.list({ limit: 2 }).map((e) => e.id), [6, 7]);
  t.same(journal.list({ since: '2026-01-01T00:00:05.000Z' }).map((e) => e.id), [6, 7]);
  t.same(journal.list({ status: 205 }).map((e) => e.id), [5]);
});

t.test('clear empties it; ids go on from where they were', async (t) => {
  const journal = new Journal(new Clock('2026-01-01T00:00:00.000Z'), 2);
  for (let i = 0; i < 5; i++) journal.record(entry(200));
  journal.clear();
  t.same(journal.list(), []);
  journal.record(entry(404));
  t.same(journal.list().map((e) => [e.id, e.status]), [[6, 404]]);
});
