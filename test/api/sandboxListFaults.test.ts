// Tests of operation sandboxListFaults (openapi.yaml), through HTTP.
import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, paths } from '../helper.js';

const h = await build(t);

interface Fault { fault_id: string; operation: string; status: number | null; error: string | null; error_description: string | null; delay_ms: number; remaining: number }

const listFaults = async () => {
  const res = await h.call({ url: '/__sandbox/faults' });
  if (res.status !== 200) throw new Error(`faults: ${JSON.stringify(res.body)}`);
  return res.body as Fault[];
};
const addFault = async (payload: object) => (await h.call({ method: 'POST', url: '/__sandbox/faults', payload })).body as Fault;
const reset = () => h.call({ method: 'POST', url: '/__sandbox/reset' });
const initiate = () => h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
const statusCall = () => h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });

t.beforeEach(async () => {
  await reset();
});

t.test('with no faults queued GET answers an empty array', async (t) => {
  const res = await h.call({ url: '/__sandbox/faults' });
  t.equal(res.status, 200);
  t.same(res.body, []);
});

t.test('GET lists every queued fault in creation order, exactly as POST answered it', async (t) => {
  const a = await addFault({ operation: 'initiatePasskeyLogin', status: 503, count: 2 });
  const b = await addFault({ operation: 'checkPasskeyAuthStatus', delay_ms: 20 });
  const c = await addFault({ operation: 'getJwks', status: 401, error: 'invalid_client', error_description: 'nope', count: 7 });
  t.same(await listFaults(), [a, b, c]);
});

t.test('a delay-only fault is listed with a null status, error and error_description', async (t) => {
  await addFault({ operation: 'getJwks', delay_ms: 20, count: 3 });
  const [fault] = await listFaults();
  t.match(fault, { operation: 'getJwks', status: null, error: null, error_description: null, delay_ms: 20, remaining: 3 });
});

t.test('remaining counts down with each call of the operation, and the fault disappears at zero', async (t) => {
  await addFault({ operation: 'initiatePasskeyLogin', status: 503, count: 3 });
  const remaining = async () => (await listFaults()).map((f) => f.remaining);
  t.same(await remaining(), [3]);
  await initiate();
  t.same(await remaining(), [2]);
  await initiate();
  t.same(await remaining(), [1]);
  await initiate();
  t.same(await remaining(), [], 'the used-up fault is no longer listed');
  t.equal((await initiate()).status, 200);
});

t.test('a delay-only fault counts down too', async (t) => {
  await addFault({ operation: 'initiatePasskeyLogin', delay_ms: 20, count: 2 });
  t.equal((await initiate()).status, 200);
  t.same((await listFaults()).map((f) => f.remaining), [1]);
  t.equal((await initiate()).status, 200);
  t.same(await listFaults(), []);
});

t.test('only the first fault of an operation counts down; the others wait their turn', async (t) => {
  const first = await addFault({ operation: 'initiatePasskeyLogin', status: 502 });
  const second = await addFault({ operation: 'initiatePasskeyLogin', status: 504, count: 2 });
  const other = await addFault({ operation: 'checkPasskeyAuthStatus', status: 500 });
  await initiate();
  t.same(await listFaults(), [second, other], 'the first is used up, the second untouched');
  await initiate();
  t.same(await listFaults(), [{ ...second, remaining: 1 }, other]);
  await statusCall();
  t.same(await listFaults(), [{ ...second, remaining: 1 }]);
  t.not(first.fault_id, second.fault_id);
});

t.test('listing faults does not consume them, and is not recorded in the journal', async (t) => {
  await addFault({ operation: 'initiatePasskeyLogin', status: 503 });
  await listFaults();
  await listFaults();
  t.same((await listFaults()).map((f) => f.remaining), [1]);
  t.same((await h.call({ url: '/__sandbox/requests' })).body, []);
});

t.test('a list answer is a copy: changing it does not change the queued faults', async (t) => {
  await addFault({ operation: 'initiatePasskeyLogin', status: 503, count: 2 });
  const list = await listFaults();
  list[0].remaining = 99;
  t.same((await listFaults()).map((f) => f.remaining), [2]);
});

t.test('faults are not part of the state document', async (t) => {
  const before = (await h.call({ url: '/__sandbox/state' })).raw.body;
  await addFault({ operation: 'initiatePasskeyLogin', status: 503 });
  t.equal((await h.call({ url: '/__sandbox/state' })).raw.body, before);
});

t.test('a reset empties the list', async (t) => {
  await addFault({ operation: 'initiatePasskeyLogin', status: 503, count: 4 });
  await addFault({ operation: 'getJwks', delay_ms: 20 });
  t.equal((await listFaults()).length, 2);
  await reset();
  t.same(await listFaults(), []);
});
