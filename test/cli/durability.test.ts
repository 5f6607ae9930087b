import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { answerBody as body, ceremonyUrls as u, checked, jsonInit, LOAD_ORIGIN, send, startCli } from '../cli-process.js';

// DATA_FILE, as a process: every registration the sandbox answered 200 survives kill -9 of
// the process mid-load, and works for sign-in after a restart on the same file.
// Operations: sandboxCreateSession, passkeyRegistrationInitialize, completePasskeyRegistration,
// listPasskeyCredentials, initiatePasskeyLogin, finishPasskeyAuthentication.

const dir = mkdtempSync(join(tmpdir(), 'durability-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'sandbox.db');
const args = ['--data-file', file, '--port', '0', '--clock', '2026-01-01T00:00:00Z', '--seed', '42'];

const WORKERS = 6;
const KILL_AFTER = 24; // registrations answered 200 before the kill; more are in flight when it lands
const MAX_USERS = 200; // bound, should the kill never come


type Registered = { email: string; credentialId: string; authenticator: VirtualAuthenticator };

t.test('every registration answered 200 before kill -9 is there after a restart, and signs in', async (t) => {
  const first = await startCli(t, args);
  t.match(first.stdout(), /data\s+.*sandbox\.db/, 'the banner names the data file');

  const registered: Registered[] = [];
  let unanswered = 0;
  let refused = 0;
  let next = 0;
  let killed = false;
  const kill = () => { if (!killed) { killed = true; first.child.kill('SIGKILL'); } };

  // One user's whole registration; stops at the first step without an answer (the kill).
  const registerOne = async (i: number) => {
    const email = `durable${i}@example.com`;
    const s = await send(u.session(first.url), jsonInit('POST', { client_id: 'cli_sandbox0000000000001', identifier: email }));
    if ('error' in s) { unanswered++; return; }
    await checked(t, 'POST', u.session(first.url), s);
    if (s.status !== 200) { refused++; return; }
    const auth = { authorization: `Bearer ${body(s).access_token}` };
    const init = await send(u.register(first.url), { headers: auth });
    if ('error' in init) { unanswered++; return; }
    await checked(t, 'GET', u.register(first.url), init);
    if (init.status !== 200) { refused++; return; }
    const authenticator = new VirtualAuthenticator({ alg: -7 });
    const passkey = authenticator.createCredential(body(init).publicKey, { origin: LOAD_ORIGIN });
    const url = u.register(first.url, { auth_code: body(init).auth_code });
    const done = await send(url, jsonInit('POST', { passkey }, auth));
    if ('error' in done) { unanswered++; return; }
    await checked(t, 'POST', url, done);
    if (done.status !== 200) { refused++; return; }
    t.same(body(done), { status: 'success', message: 'Passkey registered successfully' });
    registered.push({ email, credentialId: passkey.id, authenticator });
    if (registered.length >= KILL_AFTER) kill();
  };
  await Promise.all(Array.from({ length: WORKERS }, async () => {
    while (!killed && next < MAX_USERS) await registerOne(next++);
  }));
  const exit = await first.exited;
  t.equal(exit.signal, 'SIGKILL', 'the first process died of kill -9');
  t.ok(killed, `killed after ${KILL_AFTER} answered registrations`);
  t.equal(refused, 0, 'no request was refused before the kill');
  t.comment(`${registered.length} registrations answered 200, ${unanswered} requests cut by the kill, ${next} users started`);
  t.ok(registered.length >= KILL_AFTER);

  // Restart on the same file: every answered registration is there and signs in.
  const second = await startCli(t, args);
  t.match(second.stdout(), new RegExp(`data\\s+.*sandbox\\.db\\s+\\(\\d+ users, (\\d+) passkeys`));
  for (const r of registered) {
    const s = await send(u.session(second.url), jsonInit('POST', { client_id: 'cli_sandbox0000000000001', identifier: r.email }));
    await checked(t, 'POST', u.session(second.url), s);
    const list = await send(u.credentials(second.url), { headers: { authorization: `Bearer ${body(s).access_token}` } });
    await checked(t, 'GET', u.credentials(second.url), list);
    t.same(body(list).map((c: { id: string }) => c.id), [r.credentialId], `${r.email}'s passkey survived`);

    const loginUrl = u.login(second.url, { identifier: r.email });
    const init = await send(loginUrl);
    await checked(t, 'GET', loginUrl, init);
    t.equal('status' in init && init.status, 200);
    const assertion = r.authenticator.getAssertion(body(init).publicKey, { origin: LOAD_ORIGIN });
    const finishUrl = u.login(second.url, { identifier: r.email, auth_code: body(init).auth_code });
    const fin = await send(finishUrl, jsonInit('POST', { passkey: assertion }));
    await checked(t, 'POST', finishUrl, fin);
    t.equal('status' in fin && fin.status, 200, `${r.email} signs in with it after the restart`);
    t.match(body(fin), { token: /^ey/, user_id: /^[0-9a-f]{24}$/ }, 'and gets a token');
  }

  // New ids after the restart do not repeat old ones (the RNG position was kept).
  const fresh = await send(u.session(second.url), jsonInit('POST', { client_id: 'cli_sandbox0000000000001', identifier: 'after-restart@example.com' }));
  const state = body(await send(`${second.url}/__sandbox/state`));
  const ids = state.users.map((x: { user_id: string }) => x.user_id);
  t.equal(new Set(ids).size, ids.length, 'no user_id handed out twice');
  t.ok(ids.includes(body(fresh).user_id), 'the new user is one more user');
  const codes = state.ceremonies.map((c: { auth_code: string }) => c.auth_code);
  t.equal(new Set(codes).size, codes.length, 'no auth_code handed out twice');

  second.child.kill('SIGTERM');
  t.match(await second.exited, { code: 0 });
});

t.test('a second sandbox on a file in use is refused with the fix', async (t) => {
  const held = await startCli(t, ['--data-file', join(dir, 'held.db'), '--port', '0']);
  const { runCli } = await import('../cli-process.js');
  const res = await runCli(t, ['--data-file', join(dir, 'held.db'), '--port', '0']);
  t.equal(res.code, 1);
  t.match(res.stderr, /DATA_FILE .*held\.db is in use by another running sandbox; stop it or use another file/);
  held.child.kill('SIGTERM');
  t.match(await held.exited, { code: 0 });
});
