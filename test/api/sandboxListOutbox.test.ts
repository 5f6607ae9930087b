// Tests of the outbox's control routes (openapi.yaml): sandboxListOutbox, sandboxNextOutboxMessage,
// sandboxClearOutbox, sandboxOutboxView; and the drop_delivery fault, through HTTP. Messages are
// delivered through the service here; the send endpoints' own tests read them back the same way.
import t from 'tap';
import type { OutboxInput } from '../../src/services/outbox/outbox.js';
import { build, DEFAULT_CLIENT, isError, PINNED } from '../helper.js';

const h = await build(t);
const STATE = '0123456789abcdef01234567';
const deliver = (to: string, extra: Partial<OutboxInput> = {}) => h.services.outbox.deliver({
  client_id: DEFAULT_CLIENT, channel: 'email', kind: 'email_otp', to, subject: 'Your sign-in code', text: 'Your code is 123456', state: STATE, code: '123456', expires_at: PINNED, send_no: 1, ...extra,
});

t.beforeEach(async () => {
  await h.call({ method: 'POST', url: '/__sandbox/reset' });
});

t.test('GET /__sandbox/outbox lists the messages oldest first, and the filters narrow it', async (t) => {
  const a = deliver('a@example.com')!;
  const b = deliver('+14155550100', { channel: 'sms', kind: 'sms_otp', subject: undefined })!;
  const c = deliver('A@example.com', { kind: 'magic_link', code: undefined, link: 'http://localhost/x', magictext: 'x'.repeat(43) })!;
  // As JSON carries them: the keys given as undefined are absent.
  [a, b, c].forEach((m) => Object.keys(m).forEach((k) => (m as never)[k] === undefined && delete (m as never)[k]));
  t.same((await h.call({ url: '/__sandbox/outbox' })).body, [a, b, c]);
  t.same((await h.call({ url: '/__sandbox/outbox?to=a%40example.com' })).body, [a, c], 'to is case-insensitive');
  t.same((await h.call({ url: '/__sandbox/outbox?kind=sms_otp' })).body, [b]);
  t.same((await h.call({ url: `/__sandbox/outbox?after=${a.message_id}` })).body, [b, c]);
  t.same((await h.call({ url: '/__sandbox/outbox?limit=1' })).body, [c], 'limit keeps the newest');
  t.same((await h.call({ url: '/__sandbox/outbox?client_id=cli_other00000000000000' })).body, []);
});

t.test('a bad filter gets a 400 naming the parameter', async (t) => {
  const res = await h.call({ url: '/__sandbox/outbox?kind=fax' });
  isError(t, res, 400, 'invalid_query_parameters', /kind/);
});

t.test('GET /__sandbox/outbox/next answers a message already there', async (t) => {
  const a = deliver('a@example.com')!;
  const res = await h.call({ url: '/__sandbox/outbox/next?to=a%40example.com&timeout_ms=30000' });
  t.equal(res.status, 200);
  t.same(res.body, a);
});

t.test('GET /__sandbox/outbox/next waits for the delivery, then answers that message', async (t) => {
  const first = deliver('a@example.com')!;
  const waiting = h.call({ url: `/__sandbox/outbox/next?to=a%40example.com&after=${first.message_id}&timeout_ms=30000` });
  // The request is parked in the outbox once it has been routed; deliver on the next turns.
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  const second = deliver('a@example.com', { send_no: 2 })!;
  const res = await waiting;
  t.equal(res.status, 200);
  t.same(res.body, second);
});

t.test('GET /__sandbox/outbox/next answers 404 outbox_timeout naming what it awaited', async (t) => {
  const res = await h.call({ url: `/__sandbox/outbox/next?to=nobody%40example.com&state=${STATE}&timeout_ms=0` });
  isError(t, res, 404, 'outbox_timeout', /to=nobody@example\.com, state=0123456789abcdef01234567.*0 ms/);
});

t.test('timeout_ms above 30000 gets a 400 naming the maximum', async (t) => {
  isError(t, await h.call({ url: '/__sandbox/outbox/next?timeout_ms=30001' }), 400, 'invalid_query_parameters', /timeout_ms.*30000/);
});

t.test('DELETE /__sandbox/outbox answers how many went, and the outbox is empty after', async (t) => {
  deliver('a@example.com');
  deliver('b@example.com');
  t.same((await h.call({ method: 'DELETE', url: '/__sandbox/outbox' })).body, { cleared: 2 });
  t.same((await h.call({ url: '/__sandbox/outbox' })).body, []);
});

t.test('POST /__sandbox/reset empties the outbox too', async (t) => {
  deliver('a@example.com');
  await h.call({ method: 'POST', url: '/__sandbox/reset' });
  t.same((await h.call({ url: '/__sandbox/outbox' })).body, []);
});

t.test('the outbox is not part of the state document', async (t) => {
  deliver('a@example.com');
  t.notMatch(JSON.stringify(await h.state()), /msg_0/);
});

t.test('a drop_delivery fault with no operation loses the next count messages, then delivery resumes', async (t) => {
  const fault = await h.call({ method: 'POST', url: '/__sandbox/faults', payload: { drop_delivery: true, count: 2 } });
  t.equal(fault.status, 201);
  t.match(fault.body, { operation: null, drop_delivery: true, remaining: 2, status: null });
  t.equal(deliver('a@example.com'), null);
  t.equal(deliver('b@example.com'), null);
  t.ok(deliver('c@example.com'));
  t.same((await h.call({ url: '/__sandbox/outbox' })).body.map((m: { to: string }) => m.to), ['c@example.com']);
});

t.test('a drop_delivery fault cannot carry a status, error or delay, and names a real operation', async (t) => {
  isError(t, await h.call({ method: 'POST', url: '/__sandbox/faults', payload: { drop_delivery: true, status: 500 } }), 400, 'invalid_request_body', /drop_delivery.*body\.status/);
  isError(t, await h.call({ method: 'POST', url: '/__sandbox/faults', payload: { drop_delivery: true, operation: 'nope' } }), 400, 'invalid_request_body', /body\.operation nope/);
  isError(t, await h.call({ method: 'POST', url: '/__sandbox/faults', payload: { status: 500 } }), 400, 'invalid_request_body', /body\.operation is required/);
  t.same((await h.call({ url: '/__sandbox/faults' })).body, [], 'nothing queued');
});

t.test('GET /__sandbox/outbox/view shows the messages newest first, links clickable, codes large, refreshing itself', async (t) => {
  deliver('a@example.com');
  deliver('b@example.com', { kind: 'magic_link', code: undefined, link: 'http://localhost:8787/api/v1/auth/passwordless/magic-link/verify?state=1', text: '<script>alert(1)</script>' });
  const res = await h.call({ url: '/__sandbox/outbox/view' });
  t.equal(res.status, 200);
  t.match(res.headers['content-type'], /^text\/html/);
  const page = res.body as string;
  t.match(page, /<meta http-equiv="refresh"/);
  t.ok(page.indexOf('b@example.com') < page.indexOf('a@example.com'), 'newest first');
  t.match(page, /<a class="link" href="http:\/\/localhost:8787\/api\/v1\/auth\/passwordless\/magic-link\/verify\?state=1">/);
  t.match(page, /<p class="code" aria-label="code">123456<\/p>/);
  t.notMatch(page, /<script>/, 'message text is escaped');
});

t.test('with SANDBOX_API=off the outbox routes are gone and each message is logged instead', async (t) => {
  const lines: string[] = [];
  const { buildApp } = await import('../../src/app.js');
  const { resolveConfig } = await import('../../src/config.js');
  const { Writable } = await import('node:stream');
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  const off = await buildApp(resolveConfig({ sandboxApi: false, seed: 42, clock: PINNED }), { logger: { level: 'info', stream } });
  t.teardown(() => off.app.close());
  t.equal((await off.app.inject({ url: '/__sandbox/outbox' })).statusCode, 404);
  off.services.outbox.deliver({ client_id: DEFAULT_CLIENT, channel: 'email', kind: 'email_otp', to: 'a@example.com', text: 'Your code is 654321', state: STATE, code: '654321', expires_at: PINNED, send_no: 1 });
  t.match(lines.join(''), /outbox: email_otp to a@example.com: 654321/);
});
