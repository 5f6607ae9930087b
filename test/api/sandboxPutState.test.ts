// Tests of operation sandboxPutState (openapi.yaml), through HTTP.
import t, { type Test } from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, ORIGIN, paths, PINNED, registerPasskey, startLogin, isError } from '../helper.js';

const h = await build(t);


const rawState = async () => (await h.call({ url: '/__sandbox/state' })).raw.body;
const put = (payload: unknown) => h.call({ method: 'PUT', url: '/__sandbox/state', payload: payload as object });

/** A refused PUT: the error, and the state byte-identical to before (nothing restored, no RNG drawn). */
async function refused(t: Test, payload: unknown, status: number, error: string, description: RegExp) {
  const before = await rawState();
  isError(t, await put(payload), status, error, description);
  t.equal(await rawState(), before, 'the state is unchanged');
}

// Some history, so the document has every kind of record.
const alice = await registerPasskey(h, ALICE.email);
{
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'second', origins: ['https://second.example.test'] } });
}

t.test('export → PUT → export is byte-identical, and PUT answers 200 with the summary', async (t) => {
  const exported = await rawState();
  const doc = JSON.parse(exported);
  t.ok(doc.credentials.length > 0 && doc.ceremonies.length > 0 && doc.refresh_tokens.length > 0, 'the document has every kind of record');
  const res = await put(doc);
  t.equal(res.status, 200);
  t.same(res.body, { scenario: doc.scenario, seed: doc.seed, clients: doc.clients.length, users: doc.users.length, credentials: doc.credentials.length });
  t.equal(await rawState(), exported);
  t.equal(JSON.stringify(await h.state()), JSON.stringify(doc));
});

t.test('a passkey deleted after the export comes back after PUT and can sign in again', async (t) => {
  const snapshot = await h.state();
  const del = await h.call({ method: 'DELETE', url: paths.credential(alice.credentialId, { client_id: DEFAULT_CLIENT }), headers: alice.auth });
  t.equal(del.status, 200);
  const gone = await startLogin(h, ALICE.email, alice.authenticator);
  t.equal((await h.call({ method: 'POST', url: gone.finishUrl, payload: { passkey: gone.passkey } })).status, 401, 'the deleted passkey cannot sign in');

  t.equal((await put(snapshot)).status, 200);
  const list = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: alice.auth });
  t.same(list.body.map((c: { id: string }) => c.id), [alice.credentialId], 'the passkey is listed again');
  const back = await startLogin(h, ALICE.email, alice.authenticator);
  const res = await h.call({ method: 'POST', url: back.finishUrl, payload: { passkey: back.passkey } });
  t.equal(res.status, 200, JSON.stringify(res.body));
  t.equal(res.body.user_id, ALICE.user_id);
});

t.test('a token issued before the snapshot still works after restoring it, even across a reset that removed its user', async (t) => {
  const token = await h.session('late@example.com');
  const auth = { authorization: `Bearer ${token}` };
  const snapshot = await h.state();
  await h.call({ method: 'POST', url: '/__sandbox/reset' });
  const refusedAfterReset = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: auth });
  t.equal(refusedAfterReset.status, 401, 'the reset removed the user');
  t.equal((await put(snapshot)).status, 200);
  const res = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: auth });
  t.equal(res.status, 200, JSON.stringify(res.body));
  t.same(res.body, []);
  const reg = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: auth });
  t.equal(reg.body.publicKey.user.name, 'late@example.com', 'the token still names its user');
});

t.test('a login started before the snapshot can be finished after restoring it', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  const snapshot = await h.state();
  t.equal((await h.call({ method: 'POST', url: finishUrl, payload: { passkey } })).status, 200);
  t.equal((await put(snapshot)).status, 200);
  const again = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(again.status, 200, 'the ceremony is pending again in the restored state');
});

t.test('PUT restores the seeded source: the calls after a restore draw the same ids as the calls after the export', async (t) => {
  const snapshot = await h.state();
  const first = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  await put(snapshot);
  const again = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
  t.same(again.body, first.body);
});

t.test('PUT restores the clock, scenario and seed of the document', async (t) => {
  const snapshot = await h.state();
  h.services.clock.advance(3_600_000);
  await h.call({ method: 'POST', url: '/__sandbox/reset', payload: { scenario: 'empty', seed: 7 } });
  t.equal((await put(snapshot)).status, 200);
  const state = await h.state();
  t.same(state.clock, { pinned: true, now: PINNED });
  t.equal(state.scenario, snapshot.scenario);
  t.equal(state.seed, snapshot.seed);
  t.equal(JSON.stringify(state), JSON.stringify(snapshot));
});

t.test('an unpinned clock in the document releases the clock', async (t) => {
  const snapshot = await h.state();
  t.equal((await put({ ...snapshot, clock: { pinned: false } })).status, 200);
  t.same((await h.state()).clock, { pinned: false });
  t.equal((await put(snapshot)).status, 200);
  t.same((await h.state()).clock, { pinned: true, now: PINNED });
});

t.test('PUT into another app moves the whole state there', async (t) => {
  const other = await build(t, { seed: 7 });
  const exported = await rawState();
  t.equal((await other.call({ method: 'PUT', url: '/__sandbox/state', payload: JSON.parse(exported) })).status, 200);
  t.equal((await other.call({ url: '/__sandbox/state' })).raw.body, exported);
  const { passkey, finishUrl } = await startLogin(other, ALICE.email, alice.authenticator);
  t.equal((await other.call({ method: 'POST', url: finishUrl, payload: { passkey } })).status, 200, "alice's passkey signs in on the other app");
});

t.test('a malformed document is refused with 400 invalid_request_body and the state is unchanged', async (t) => {
  await refused(t, { version: 1 }, 400, 'invalid_request_body', /body\.scenario is required/);
});

t.test('a document of an unknown version is refused with 400 naming body.version', async (t) => {
  const doc = await h.state();
  await refused(t, { ...doc, version: 2 }, 400, 'invalid_request_body', /body\.version must be one of 1/);
});

t.test('a document with a malformed record is refused with 400 naming the record and field', async (t) => {
  const doc = await h.state();
  doc.users[1].user_id = 'bob';
  await refused(t, doc, 400, 'invalid_request_body', /body\.users\.1\.user_id must match pattern/);
});

t.test('a document with an unknown top-level key is refused with 400 naming it', async (t) => {
  const doc = await h.state();
  await refused(t, { ...doc, requests: [] }, 400, 'invalid_request_body', /body\.requests is not an allowed property/);
});

t.test('a body that is not JSON is refused with 400 malformed_request', async (t) => {
  const before = await rawState();
  const res = await h.call({ method: 'PUT', url: '/__sandbox/state', headers: { 'content-type': 'application/json' }, payload: '{"version": 1,' });
  isError(t, res, 400, 'malformed_request', /not valid JSON/);
  t.equal(await rawState(), before);
});

t.test('a PUT without a body is refused with 400 saying a JSON body is required', async (t) => {
  const before = await rawState();
  isError(t, await h.call({ method: 'PUT', url: '/__sandbox/state' }), 400, 'invalid_request_body', /a JSON body is required/);
  t.equal(await rawState(), before);
});

t.test('an inconsistent document (a user of an unknown client) is refused with 400 invalid_state_document naming both, and the state is unchanged', async (t) => {
  const doc = await h.state();
  doc.users.push({ ...doc.users[0], user_id: 'aaaaaaaaaaaaaaaaaaaaaaaa', client_id: 'cli_ghost', email: 'x@example.com', identifier: 'x@example.com' });
  await refused(t, doc, 400, 'invalid_state_document', /users: user aaaaaaaaaaaaaaaaaaaaaaaa names unknown client cli_ghost/);
});

t.test('an inconsistent document (a credential of an unknown user) is refused with 400 invalid_state_document', async (t) => {
  const doc = await h.state();
  doc.credentials[0].user_id = 'bbbbbbbbbbbbbbbbbbbbbbbb';
  await refused(t, doc, 400, 'invalid_state_document', /credentials: credential .* names unknown user bbbbbbbbbbbbbbbbbbbbbbbb of client cli_sandbox0000000000001/);
});

t.test('an inconsistent document (a ceremony of an unknown client) is refused with 400 invalid_state_document', async (t) => {
  const doc = await h.state();
  doc.ceremonies[0].client_id = 'cli_ghost';
  await refused(t, doc, 400, 'invalid_state_document', /ceremonies: auth_code [0-9a-f]{24} names unknown client cli_ghost/);
});

t.test('a pinned clock without a time is refused with 400 invalid_state_document', async (t) => {
  const doc = await h.state();
  await refused(t, { ...doc, clock: { pinned: true } }, 400, 'invalid_state_document', /clock: pinned is true but now is missing/);
});

/** Puts `doc`; if a regression accepts it, puts the previous state back so later tests run on a sane state. */
async function refusedInconsistent(t: Test, doc: unknown, description: RegExp) {
  const before = await rawState();
  const res = await put(doc);
  isError(t, res, 400, 'invalid_state_document', description);
  t.equal(await rawState(), before, 'the state is unchanged');
  if (res.status === 200) await put(JSON.parse(before));
}

t.test('a document with the same client_id twice is refused with 400 invalid_state_document', async (t) => {
  const doc = await h.state();
  await refusedInconsistent(t, { ...doc, clients: [...doc.clients, { ...doc.clients[0], name: 'twin' }] }, /client_id cli_sandbox0000000000001 appears twice/);
});

t.test('a document with two users of one client sharing an identifier is refused with 400 invalid_state_document', async (t) => {
  const doc = await h.state();
  const twin = { ...doc.users[0], user_id: 'bbbbbbbbbbbbbbbbbbbbbbbb' };
  await refusedInconsistent(t, { ...doc, users: [...doc.users, twin] }, /identifier alice@example\.com belongs to two users of client cli_sandbox0000000000001/);
});

t.test('a document giving one credential id to two users is refused with 400 invalid_state_document', async (t) => {
  const doc = await h.state();
  const stolen = { ...doc.credentials.find((c: { id: string }) => c.id === alice.credentialId), user_id: BOB.user_id };
  await refusedInconsistent(t, { ...doc, credentials: [...doc.credentials, stolen] }, new RegExp(`credential id ${alice.credentialId} appears twice`));
});

t.test('a document with a refresh token of an unknown user is refused with 400 invalid_state_document', async (t) => {
  const doc = await h.state();
  const orphan = { token: 'rt_orphan', client_id: DEFAULT_CLIENT, user_id: 'cccccccccccccccccccccccc', expires_at: '2026-01-01T01:00:00.000Z' };
  await refusedInconsistent(t, { ...doc, refresh_tokens: [...doc.refresh_tokens, orphan] }, /refresh_tokens: .*unknown user cccccccccccccccccccccccc/);
});

t.test('a document with the same auth_code twice is refused with 400 invalid_state_document', async (t) => {
  const doc = await h.state();
  await refusedInconsistent(t, { ...doc, ceremonies: [...doc.ceremonies, { ...doc.ceremonies[0], status: 'pending' }] }, new RegExp(`auth_code ${doc.ceremonies[0].auth_code} appears twice`));
});
