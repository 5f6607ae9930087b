// Tests of operation sandboxSetClock (openapi.yaml), through HTTP.
import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, paths, PINNED, registerPasskey, startLogin, isError } from '../helper.js';

const h = await build(t);


const getClock = async () => (await h.call({ url: '/__sandbox/clock' })).body as { now: string; pinned: boolean };
const setClock = (payload?: unknown) => h.call({ method: 'POST', url: '/__sandbox/clock', ...(payload === undefined ? {} : { payload: payload as object }) });
const reset = () => h.call({ method: 'POST', url: '/__sandbox/reset' });
const isIso = (s: unknown) => typeof s === 'string' && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString() === s;
const jwtPayload = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
const session = (identifier: string) => h.call({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: DEFAULT_CLIENT, identifier } });

t.beforeEach(async () => {
  await reset();
});

t.test('POST {now} pins the clock at that instant and answers the new clock', async (t) => {
  const res = await setClock({ now: '2030-05-05T12:00:00.000Z' });
  t.equal(res.status, 200);
  t.same(res.body, { now: '2030-05-05T12:00:00.000Z', pinned: true });
  t.same(await getClock(), { now: '2030-05-05T12:00:00.000Z', pinned: true });
});

t.test('POST {now} with a UTC offset pins the same instant, reported in UTC', async (t) => {
  const res = await setClock({ now: '2030-05-05T14:00:00+02:00' });
  t.same(res.body, { now: '2030-05-05T12:00:00.000Z', pinned: true });
});

t.test('POST {now} may move the clock backwards', async (t) => {
  const res = await setClock({ now: '2020-02-02T02:02:02.002Z' });
  t.same(res.body, { now: '2020-02-02T02:02:02.002Z', pinned: true });
});

t.test('POST {advance_ms} moves a pinned clock forward by exactly that much, and advances add up', async (t) => {
  const first = await setClock({ advance_ms: 1500 });
  t.equal(first.status, 200);
  t.same(first.body, { now: '2026-01-01T00:00:01.500Z', pinned: true });
  const second = await setClock({ advance_ms: 86_400_000 });
  t.same(second.body, { now: '2026-01-02T00:00:01.500Z', pinned: true });
  const zero = await setClock({ advance_ms: 0 });
  t.same(zero.body, second.body, 'advancing by 0 leaves the clock where it is');
});

t.test('POST {pinned: false} releases the clock: pinned false and a valid instant other than the pinned one', async (t) => {
  const res = await setClock({ pinned: false });
  t.equal(res.status, 200);
  t.equal(res.body.pinned, false);
  t.ok(isIso(res.body.now), `${res.body.now} is an ISO instant`);
  t.not(res.body.now, PINNED);
  t.equal((await getClock()).pinned, false);
});

t.test('POST {advance_ms} on a released clock pins it again, and it then stays put', async (t) => {
  await setClock({ pinned: false });
  const res = await setClock({ advance_ms: 1000 });
  t.equal(res.status, 200);
  t.equal(res.body.pinned, true);
  t.ok(isIso(res.body.now));
  t.same(await getClock(), res.body, 'a pinned clock does not move between reads');
});

for (const [label, payload, message] of [
  ['two keys at once ({now, advance_ms})', { now: '2030-01-01T00:00:00Z', advance_ms: 5 }, /body must NOT have more than 1 properties/],
  ['{now, pinned: false}', { now: '2030-01-01T00:00:00Z', pinned: false }, /body must NOT have more than 1 properties/],
  ['a negative advance_ms', { advance_ms: -1 }, /body\.advance_ms must be >= 0/],
  ['a fractional advance_ms', { advance_ms: 1.5 }, /body\.advance_ms must be integer/],
  ['advance_ms as a string', { advance_ms: '1000' }, /body\.advance_ms must be integer/],
  ['advance_ms above ten years', { advance_ms: 315360000001 }, /body\.advance_ms must be <= 315360000000/],
  ['now that is not a date', { now: 'tomorrow' }, /body\.now must match format "date-time"/],
  ['now without a UTC offset', { now: '2030-01-01T00:00:00' }, /body\.now must match format "date-time"/],
  ['now on a day that does not exist', { now: '2026-02-30T00:00:00Z' }, /body\.now must match format "date-time"/],
  ['pinned: true', { pinned: true }, /body\.pinned must be one of false/],
  ['an empty object', {}, /body must NOT have fewer than 1 properties/],
  ['an unknown key', { freeze: true }, /body\.freeze is not an allowed property/],
  ['an array', [{ now: '2030-01-01T00:00:00Z' }], /body must be object/],
] as const) {
  t.test(`a body with ${label} is refused with 400 invalid_request_body naming the field, and the clock does not move`, async (t) => {
    const before = await getClock();
    isError(t, await setClock(payload), 400, 'invalid_request_body', message);
    t.same(await getClock(), before);
  });
}

t.test('a POST without a body is refused with 400 saying a JSON body is required', async (t) => {
  isError(t, await setClock(), 400, 'invalid_request_body', /a JSON body is required/);
  t.same(await getClock(), { now: PINNED, pinned: true });
});

t.test('setting the clock is not recorded in the request journal', async (t) => {
  await setClock({ advance_ms: 10 });
  await setClock({ now: PINNED });
  t.same((await h.call({ url: '/__sandbox/requests' })).body, []);
});

t.test('a pending login stays pending until its timeout, then the status says expired and the auth_code fails with challenge_expired', async (t) => {
  const alice = await registerPasskey(h, ALICE.email);
  const { init, passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  t.equal(init.publicKey.timeout, 300000);
  const statusUrl = paths.status({ client_id: DEFAULT_CLIENT, identifier: ALICE.email });
  t.same((await h.call({ url: statusUrl })).body, { status: 'pending', expires_at: '2026-01-01T00:05:00.000Z' }, 'expires_at is the pinned clock + timeout');

  await setClock({ advance_ms: 299_999 });
  t.equal((await h.call({ url: statusUrl })).body.status, 'pending', 'one millisecond before the timeout it is still pending');

  await setClock({ advance_ms: 2 });
  t.same((await h.call({ url: statusUrl })).body, { status: 'expired', expires_at: '2026-01-01T00:05:00.000Z' });
  const res = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  isError(t, res, 400, 'challenge_expired', /expired at 2026-01-01T00:05:00.000Z \(sandbox time is 2026-01-01T00:05:00.001Z; timeout 300000 ms\)/);
});

t.test('advancing past the timeout in one step (300001 ms) expires a pending login', async (t) => {
  const alice = await registerPasskey(h, ALICE.email);
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  t.equal((await setClock({ advance_ms: 300_001 })).status, 200);
  isError(t, await h.call({ method: 'POST', url: finishUrl, payload: { passkey } }), 400, 'challenge_expired', /expired at/);
  t.equal((await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) })).body.status, 'expired');
});

t.test('expiry is judged at the finish: a clock moved past the timeout and back before it lets the login finish', async (t) => {
  const alice = await registerPasskey(h, ALICE.email);
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  await setClock({ advance_ms: 400_000 });
  await setClock({ now: '2026-01-01T00:04:59.000Z' });
  const res = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(res.status, 200, 'expiry is judged by the sandbox clock at the time of the finish');
});

t.test('token iat, nbf and exp follow the pinned clock', async (t) => {
  await setClock({ now: '2030-05-05T12:00:00.000Z' });
  const first = await session(ALICE.email);
  t.equal(first.status, 200);
  const claims = jwtPayload(first.body.access_token);
  const at = Date.parse('2030-05-05T12:00:00.000Z') / 1000;
  t.equal(claims.iat, at);
  t.equal(claims.nbf, at);
  t.equal(claims.exp, at + 3600);
  t.equal(first.body.expires_at, '2030-05-05T13:00:00.000Z');

  await setClock({ advance_ms: 600_000 });
  const second = jwtPayload((await session(ALICE.email)).body.access_token);
  t.equal(second.iat, at + 600, 'ten minutes later by the sandbox clock');
  t.equal(second.exp, at + 600 + 3600);
});

t.test('the token of a passkey sign-in carries the pinned clock too', async (t) => {
  const alice = await registerPasskey(h, ALICE.email);
  await setClock({ now: '2029-09-09T09:09:09.000Z' });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  const res = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(res.status, 200);
  const claims = jwtPayload(res.body.token);
  t.equal(claims.iat, Date.parse('2029-09-09T09:09:09.000Z') / 1000);
  t.equal(claims.exp - claims.iat, 3600);
});

t.test('a token is judged by the sandbox clock: refused once the clock passes exp, and before nbf', async (t) => {
  const token = (await session(ALICE.email)).body.access_token as string;
  const list = () => h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${token}` } });
  t.equal((await list()).status, 200);
  await setClock({ advance_ms: 3_600_000 });
  isError(t, await list(), 401, 'invalid_token', /"exp" claim timestamp check failed/);
  await setClock({ now: '2025-12-31T23:00:00.000Z' });
  isError(t, await list(), 401, 'invalid_token', /"nbf" claim timestamp check failed/);
  await setClock({ now: PINNED });
  t.equal((await list()).status, 200, 'valid again at the instant it was issued');
});

t.test('a credential is created at the pinned instant, and a later sign-in moves only LastUsedAt', async (t) => {
  await setClock({ now: '2028-02-29T12:00:00.000Z' });
  const alice = await registerPasskey(h, ALICE.email);
  const list = async () => (await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: alice.auth })).body;
  const [created] = await list();
  t.equal(created.CreatedAt, '2028-02-29T12:00:00.000Z');
  t.equal(created.LastUsedAt, '2028-02-29T12:00:00.000Z');

  await setClock({ advance_ms: 1_800_000 });
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  t.equal((await h.call({ method: 'POST', url: finishUrl, payload: { passkey } })).status, 200);
  const [used] = await list();
  t.equal(used.CreatedAt, '2028-02-29T12:00:00.000Z', 'CreatedAt does not move');
  t.equal(used.LastUsedAt, '2028-02-29T12:30:00.000Z', 'LastUsedAt is the sign-in time by the sandbox clock');
});

t.test('a reset puts the configured clock back after a pin', async (t) => {
  await setClock({ now: '2035-01-01T00:00:00.000Z' });
  await reset();
  t.same(await getClock(), { now: PINNED, pinned: true });
});

t.test('a leap second (accepted by the date-time format) is refused with 400 or pinned; it never breaks the clock', async (t) => {
  const res = await setClock({ now: '2026-12-31T23:59:60Z' });
  t.not(res.status, 500, JSON.stringify(res.body));
  if (res.status === 400) t.match(res.body.error_description, /body\.now/);
  const after = await h.call({ url: '/__sandbox/clock' });
  t.equal(after.status, 200, `the clock still reads after the request: ${JSON.stringify(after.body)}`);
  t.ok(isIso(after.body.now));
  const login = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  t.equal(login.status, 200, 'the emulated API still works');
});

t.test('an advance that would carry the clock past year 9999 is refused with 400 naming advance_ms, and the clock stays usable', async (t) => {
  t.equal((await setClock({ now: '9999-12-31T22:00:00.000Z' })).status, 200, 'an hour of headroom is enough for the default token TTL');
  const res = await setClock({ advance_ms: 315360000000 });
  isError(t, res, 400, 'invalid_request_body', /body\.advance_ms/);
  const after = await h.call({ url: '/__sandbox/clock' });
  t.equal(after.status, 200, `GET /__sandbox/clock still answers: ${JSON.stringify(after.body)}`);
  t.same(after.body, { now: '9999-12-31T22:00:00.000Z', pinned: true });
});

t.test('a clock pinned where derived expiries pass year 9999 is refused, or every later call still answers without 5xx', async (t) => {
  const res = await setClock({ now: '9999-12-31T23:59:00.000Z' });
  if (res.status === 400) {
    t.match(res.body.error_description, /body\.now/);
    return;
  }
  const login = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  t.ok(login.status < 500, `initiate: ${login.status}`);
  const status = await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  t.ok(status.status < 500, `status: ${status.status} ${JSON.stringify(status.body)}`);
  const s = await session(ALICE.email);
  t.ok(s.status < 500, `session: ${s.status} ${JSON.stringify(s.body)}`);
  const state = await h.call({ url: '/__sandbox/state' });
  t.equal(state.status, 200, `the state can still be exported: ${JSON.stringify(state.body).slice(0, 300)}`);
});
