// The Outbox service on its own (src/services/outbox/outbox.ts): cap, cursor, event-driven next.
import t from 'tap';
import { Clock } from '../../src/lib/clock.js';
import { Outbox, OUTBOX_CAP, type OutboxInput } from '../../src/services/outbox/outbox.js';

const PINNED = '2026-01-01T00:00:00.000Z';
const input = (to: string, extra: Partial<OutboxInput> = {}): OutboxInput => ({
  client_id: 'cli_a', channel: 'email', kind: 'email_otp', to, text: `Your code is 123456`, state: '0123456789abcdef01234567', code: '123456', expires_at: PINNED, send_no: 1, ...extra,
});

t.test('messages are numbered in delivery order and stamped with the sandbox clock', async (t) => {
  const outbox = new Outbox(new Clock(PINNED));
  const a = outbox.deliver(input('a@example.com'))!;
  const b = outbox.deliver(input('b@example.com'))!;
  t.same([a.message_id, a.sequence, a.time], ['msg_000000000000000000000001', 1, PINNED]);
  t.equal(b.message_id, 'msg_000000000000000000000002');
});

t.test(`the outbox keeps only the newest ${OUTBOX_CAP} messages`, async (t) => {
  const outbox = new Outbox(new Clock(PINNED));
  for (let i = 1; i <= OUTBOX_CAP + 5; i++) outbox.deliver(input(`u${i}@example.com`));
  const all = outbox.list();
  t.equal(all.length, OUTBOX_CAP);
  t.equal(all[0].to, 'u6@example.com', 'the five oldest went');
  t.equal(all.at(-1)!.to, `u${OUTBOX_CAP + 5}@example.com`);
});

t.test('next answers a message already there without waiting', async (t) => {
  const outbox = new Outbox(new Clock(PINNED));
  outbox.deliver(input('a@example.com'));
  const found = await outbox.next({ to: 'A@example.com' }, { timeoutMs: 60_000 });
  t.equal(found?.to, 'a@example.com', 'addresses compare case-insensitively');
});

t.test('next is settled by the delivery itself, and only by a matching one after the cursor', async (t) => {
  const outbox = new Outbox(new Clock(PINNED));
  const first = outbox.deliver(input('a@example.com'))!;
  const waiting = outbox.next({ to: 'a@example.com', after: first.message_id }, { timeoutMs: 60_000 });
  outbox.deliver(input('b@example.com'));
  const second = outbox.deliver(input('a@example.com', { send_no: 2 }))!;
  t.same(await waiting, second, 'the later message to a@, not the first one nor b@');
});

t.test('next answers null once its timeout passes with no matching message', async (t) => {
  const outbox = new Outbox(new Clock(PINNED));
  outbox.deliver(input('a@example.com'));
  t.equal(await outbox.next({ to: 'nobody@example.com' }, { timeoutMs: 1 }), null);
});

t.test('releaseWaiters answers every pending next with null at once', async (t) => {
  const outbox = new Outbox(new Clock(PINNED));
  const waiting = [outbox.next({ kind: 'sms_otp' }, { timeoutMs: 60_000 }), outbox.next({}, { timeoutMs: 60_000 })];
  outbox.releaseWaiters();
  t.same(await Promise.all(waiting), [null, null]);
  outbox.deliver(input('a@example.com'));
  t.equal(outbox.size, 1, 'a later delivery still arrives');
});

t.test('a message the dropper refuses is lost: not listed, no waiter woken, its number not used', async (t) => {
  const outbox = new Outbox(new Clock(PINNED));
  let drop = true;
  outbox.dropper = () => drop;
  const waiting = outbox.next({}, { timeoutMs: 60_000 });
  t.equal(outbox.deliver(input('a@example.com')), null);
  t.same(outbox.list(), []);
  drop = false;
  const kept = outbox.deliver(input('b@example.com'))!;
  t.equal(kept.message_id, 'msg_000000000000000000000001');
  t.same(await waiting, kept);
});

t.test('clear keeps counting ids, so a cursor from before still means "after that"; reset starts again', async (t) => {
  const outbox = new Outbox(new Clock(PINNED));
  const a = outbox.deliver(input('a@example.com'))!;
  t.equal(outbox.clear(), 1);
  const b = outbox.deliver(input('a@example.com'))!;
  t.equal(b.sequence, 2);
  t.same(outbox.list({ after: a.message_id }), [b]);
  outbox.reset();
  t.equal(outbox.deliver(input('a@example.com'))!.sequence, 1);
});

t.test('onDeliver is told of each delivered message', async (t) => {
  const outbox = new Outbox(new Clock(PINNED));
  const seen: string[] = [];
  outbox.onDeliver = (m) => seen.push(m.to);
  outbox.deliver(input('a@example.com'));
  t.same(seen, ['a@example.com']);
});
