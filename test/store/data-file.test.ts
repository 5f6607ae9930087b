import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, VirtualAuthenticator } from '../../src/index.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { build, DEFAULT_CLIENT, ALICE, registerPasskey, startLogin } from '../helper.js';

// DATA_FILE start-up, reset and close semantics, in-process (the harness and createSandbox).
// Operations: sandboxReset, sandboxCreateUser, sandboxListUsers, sandboxGetState, sandboxPutState,
// completePasskeyRegistration, finishPasskeyAuthentication.

const dir = mkdtempSync(join(tmpdir(), 'data-file-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

const emails = async (h: Awaited<ReturnType<typeof build>>) =>
  (await h.call({ url: `/__sandbox/users?client_id=${DEFAULT_CLIENT}` })).body.map((u: { email: string }) => u.email);

t.test('a file with data is loaded as is; reset wipes it and seeds the scenario again', async (t) => {
  const dataFile = join(dir, 'reset.db');
  const first = await build(t, { dataFile });
  const seeded = await emails(first);
  t.ok(seeded.includes(ALICE.email), 'a new file is seeded with the scenario');
  t.equal((await first.call({ method: 'POST', url: '/__sandbox/users', payload: { client_id: DEFAULT_CLIENT, email: 'kept@example.com' } })).status, 201);
  const { authenticator } = await registerPasskey(first, 'kept@example.com');
  const before = await first.state();
  await first.app.close();

  const second = await build(t, { dataFile });
  const after = await second.state();
  t.same({ ...after, authenticators: [] }, { ...before, authenticators: [] }, 'restart: the same data, scenario, seed and RNG position');
  const { passkey, finishUrl } = await startLogin(second, 'kept@example.com', authenticator);
  t.equal((await second.call({ method: 'POST', url: finishUrl, payload: { passkey } })).status, 200, 'the passkey signs in after the restart');

  const reset = await second.call({ method: 'POST', url: '/__sandbox/reset', payload: { scenario: 'empty' } });
  t.equal(reset.status, 200);
  t.match(reset.body, { scenario: 'empty', users: 0, credentials: 0 });
  await second.app.close();

  const third = await build(t, { dataFile });
  const emptied = await third.state();
  t.same([emptied.scenario, emptied.clients.length, emptied.users.length, emptied.credentials.length], ['empty', reset.body.clients, 0, 0],
    'the reset reached the file, and the file is not seeded with the configured scenario at start-up');
  const back = await third.call({ method: 'POST', url: '/__sandbox/reset', payload: {} });
  t.match(back.body, { scenario: 'default' });
  t.same(await emails(third), seeded, 'reset seeds the configured scenario again, identically');
});

t.test('PUT /__sandbox/state reaches the file, RNG position included', async (t) => {
  const dataFile = join(dir, 'state.db');
  const source = await build(t);
  await registerPasskey(source, 'moved@example.com');
  const doc = await source.state();
  const first = await build(t, { dataFile });
  t.equal((await first.call({ method: 'PUT', url: '/__sandbox/state', payload: doc })).status, 200);
  await first.app.close();
  const second = await build(t, { dataFile });
  t.same({ ...(await second.state()), authenticators: [] }, { ...doc, authenticators: [] });
});

t.test('createSandbox({ dataFile }): close() releases the file, a new sandbox on it sees the passkey', async (t) => {
  const dataFile = join(dir, 'in-process.db');
  const sb = await createSandbox({ dataFile, seed: 3, clock: '2026-01-01T00:00:00Z' });
  t.ok(sb.built.services.store instanceof SqliteStore);
  const token = ((await (await fetch(`${sb.url}/__sandbox/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ client_id: sb.clientId, identifier: ALICE.email }) })).json()) as { access_token: string }).access_token;
  const auth = { authorization: `Bearer ${token}` };
  const init = (await (await fetch(`${sb.url}/api/v1/auth/passwordless/passkey/register?client_id=${sb.clientId}`, { headers: auth })).json()) as { auth_code: string; publicKey: never };
  const authenticator = new VirtualAuthenticator();
  const passkey = authenticator.createCredential(init.publicKey, { origin: 'http://localhost:3000' });
  const done = await fetch(`${sb.url}/api/v1/auth/passwordless/passkey/register?client_id=${sb.clientId}&auth_code=${init.auth_code}`, {
    method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ passkey }),
  });
  t.equal(done.status, 200);
  await sb.close();
  t.notOk((sb.built.services.store as SqliteStore).open, 'close() closed the file');

  const again = await createSandbox({ dataFile, seed: 3, clock: '2026-01-01T00:00:00Z' });
  t.teardown(() => again.close());
  const alice = (await again.built.services.store.findUserByIdentifier(again.clientId, ALICE.email))!;
  t.same((await again.built.services.store.listCredentials(again.clientId, alice.user_id)).map((c) => c.id), [passkey.id]);
});

t.test('a DATA_FILE that cannot be used stops start-up with the fix', async (t) => {
  await t.rejects(build(t, { dataFile: join(dir, 'missing', 'dir', 'x.db') }), { name: 'DataFileError', message: /check that its directory exists and is writable/ });
});
