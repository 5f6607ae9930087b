// Tests of operation sandboxClearFaults (openapi.yaml), through HTTP.
import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, paths } from '../helper.js';

const h = await build(t);

const clear = () => h.call({ method: 'DELETE', url: '/__sandbox/faults' });
const listFaults = async () => (await h.call({ url: '/__sandbox/faults' })).body as unknown[];
const addFault = (payload: object) => h.call({ method: 'POST', url: '/__sandbox/faults', payload });
const reset = () => h.call({ method: 'POST', url: '/__sandbox/reset' });
const initiate = () => h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
const jwks = () => h.call({ url: '/.well-known/jwks.json' });

t.beforeEach(async () => {
  await reset();
});

t.test('DELETE with nothing queued answers {cleared: 0}', async (t) => {
  const res = await clear();
  t.equal(res.status, 200);
  t.same(res.body, { cleared: 0 });
});

t.test('DELETE removes every fault and answers how many faults (not shots) there were', async (t) => {
  await addFault({ operation: 'initiatePasskeyLogin', status: 503, count: 5 });
  await addFault({ operation: 'initiatePasskeyLogin', status: 500 });
  await addFault({ operation: 'getJwks', delay_ms: 20, count: 3 });
  const res = await clear();
  t.equal(res.status, 200);
  t.same(res.body, { cleared: 3 });
  t.same(await listFaults(), []);
});

t.test('after DELETE the calls that would have failed go through', async (t) => {
  await addFault({ operation: 'initiatePasskeyLogin', status: 503, count: 2 });
  await addFault({ operation: 'getJwks', status: 500 });
  t.equal((await initiate()).status, 503, 'the fault was live');
  await clear();
  t.equal((await initiate()).status, 200);
  t.equal((await jwks()).status, 200);
});

t.test('a fault partly used counts as one cleared fault', async (t) => {
  await addFault({ operation: 'initiatePasskeyLogin', status: 503, count: 3 });
  await initiate();
  t.same((await clear()).body, { cleared: 1 });
});

t.test('a second DELETE finds nothing left', async (t) => {
  await addFault({ operation: 'getJwks', status: 500 });
  t.same((await clear()).body, { cleared: 1 });
  t.same((await clear()).body, { cleared: 0 });
});

t.test('faults created after a DELETE work as usual', async (t) => {
  await addFault({ operation: 'getJwks', status: 500 });
  await clear();
  t.equal((await addFault({ operation: 'getJwks', status: 502 })).status, 201);
  t.equal((await jwks()).status, 502);
  t.equal((await jwks()).status, 200);
});

t.test('DELETE leaves the state and the journal alone, and is not journaled itself', async (t) => {
  await initiate();
  await addFault({ operation: 'getJwks', status: 500 });
  const state = (await h.call({ url: '/__sandbox/state' })).raw.body;
  const journal = (await h.call({ url: '/__sandbox/requests' })).body;
  t.equal(journal.length, 1);
  await clear();
  t.equal((await h.call({ url: '/__sandbox/state' })).raw.body, state);
  t.same((await h.call({ url: '/__sandbox/requests' })).body, journal);
});

t.test('a reset clears faults as DELETE does: later calls pass and DELETE finds nothing', async (t) => {
  await addFault({ operation: 'initiatePasskeyLogin', status: 503, count: 10 });
  await addFault({ operation: 'getJwks', status: 500 });
  await reset();
  t.equal((await initiate()).status, 200);
  t.equal((await jwks()).status, 200);
  t.same((await clear()).body, { cleared: 0 });
});
