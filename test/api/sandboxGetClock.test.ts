// Tests of operation sandboxGetClock (openapi.yaml), through HTTP.
import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, paths, PINNED } from '../helper.js';

const h = await build(t);

const getClock = () => h.call({ url: '/__sandbox/clock' });
const setClock = (payload: object) => h.call({ method: 'POST', url: '/__sandbox/clock', payload });
const reset = () => h.call({ method: 'POST', url: '/__sandbox/reset' });
const isIso = (s: unknown) => typeof s === 'string' && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString() === s;

t.test('GET answers {now, pinned}: the harness pins the clock at 2026-01-01T00:00:00.000Z', async (t) => {
  const res = await getClock();
  t.equal(res.status, 200);
  t.same(res.body, { now: PINNED, pinned: true });
  t.same(Object.keys(res.body).sort(), ['now', 'pinned'], 'exactly the two documented fields');
});

t.test('reading a pinned clock does not move it, however many requests pass in between', async (t) => {
  const first = await getClock();
  await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  await h.call({ url: '/__sandbox/health' });
  const second = await getClock();
  t.same(second.body, first.body);
  t.equal(second.body.now, PINNED);
});

t.test('GET reports an instant set with POST, in UTC with milliseconds', async (t) => {
  await setClock({ now: '2031-07-04T12:30:00+02:00' });
  const res = await getClock();
  t.same(res.body, { now: '2031-07-04T10:30:00.000Z', pinned: true });
  await reset();
});

t.test('after a release GET reports pinned false and a valid ISO instant that is no longer the pinned one', async (t) => {
  await setClock({ pinned: false });
  const res = await getClock();
  t.equal(res.status, 200);
  t.equal(res.body.pinned, false);
  t.ok(isIso(res.body.now), `${res.body.now} is an ISO instant`);
  t.not(res.body.now, PINNED);
  await reset();
});

t.test('the state document carries the same clock that GET reports', async (t) => {
  await setClock({ now: '2027-03-03T03:03:03.003Z' });
  t.same((await h.state()).clock, { pinned: true, now: '2027-03-03T03:03:03.003Z' });
  t.same((await getClock()).body, { now: '2027-03-03T03:03:03.003Z', pinned: true });
  await setClock({ pinned: false });
  t.same((await h.state()).clock, { pinned: false }, 'a real-time clock has no fixed now in the state');
  await reset();
});

t.test('a reset puts the configured clock back, whether the clock was moved or released', async (t) => {
  await setClock({ now: '2040-01-01T00:00:00.000Z' });
  t.equal((await getClock()).body.now, '2040-01-01T00:00:00.000Z');
  t.equal((await reset()).status, 200);
  t.same((await getClock()).body, { now: PINNED, pinned: true }, 'back to CLOCK after a pin');

  await setClock({ advance_ms: 86_400_000 });
  await reset();
  t.same((await getClock()).body, { now: PINNED, pinned: true }, 'back to CLOCK after an advance');

  await setClock({ pinned: false });
  await reset();
  t.same((await getClock()).body, { now: PINNED, pinned: true }, 'back to CLOCK after a release');
});

t.test('a sandbox started without CLOCK runs on real time, and a reset keeps it on real time', async (t) => {
  const real = await build(t, { clock: null });
  const before = await real.call({ url: '/__sandbox/clock' });
  t.equal(before.status, 200);
  t.equal(before.body.pinned, false);
  t.ok(isIso(before.body.now));
  await real.call({ method: 'POST', url: '/__sandbox/clock', payload: { now: PINNED } });
  t.same((await real.call({ url: '/__sandbox/clock' })).body, { now: PINNED, pinned: true });
  await real.call({ method: 'POST', url: '/__sandbox/reset' });
  const after = await real.call({ url: '/__sandbox/clock' });
  t.equal(after.body.pinned, false, 'reset releases the clock again: the configured clock is real time');
  t.not(after.body.now, PINNED);
});

t.test('reading the clock is not recorded in the request journal', async (t) => {
  await reset();
  await getClock();
  await getClock();
  const journal = (await h.call({ url: '/__sandbox/requests' })).body as Array<{ path: string }>;
  t.same(journal, []);
});
