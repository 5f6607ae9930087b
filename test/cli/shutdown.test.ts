import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { answerBody as body, ceremonyUrls as u, checked, jsonInit, LOAD_CLIENT, LOAD_ORIGIN, send, startCli } from '../cli-process.js';

// Graceful shutdown: SIGTERM under load stops accepting, answers every request it took in
// full (requests held in flight by a delay fault included), closes the data file, exits 0;
// a restart finds every answered registration. Operations: sandboxCreateSession,
// passkeyRegistrationInitialize, completePasskeyRegistration, listPasskeyCredentials,
// sandboxCreateFault, sandboxListFaults.

const dir = mkdtempSync(join(tmpdir(), 'shutdown-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));


for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  t.test(`${signal} during load: every request taken is answered in full, the file closes, exit 0`, async (t) => {
    const file = join(dir, `${signal}.db`);
    const args = ['--data-file', file, '--port', '0', '--clock', '2026-01-01T00:00:00Z', '--seed', '7'];
    const run = await startCli(t, args);
    const base = run.url;

    const answered: Array<{ what: string; status: number }> = [];
    const registered: Array<{ email: string; credentialId: string }> = [];
    let stop = false;
    let next = 0;
    // A step's answer: recorded and spec-checked; no answer (the server is gone) stops the worker.
    const step = async (what: string, method: string, url: string, init?: RequestInit) => {
      const a = await send(url, init);
      if ('error' in a) { stop = true; return undefined; }
      await checked(t, method, url, a);
      answered.push({ what, status: a.status });
      return a;
    };
    const registerOne = async (i: number) => {
      const email = `shutdown${i}@example.com`;
      const s = await step('session', 'POST', u.session(base), jsonInit('POST', { client_id: LOAD_CLIENT, identifier: email }));
      if (!s || s.status !== 200) return;
      const auth = { authorization: `Bearer ${body(s).access_token}` };
      const init = await step('register init', 'GET', u.register(base), { headers: auth });
      if (!init || init.status !== 200) return;
      const passkey = new VirtualAuthenticator({ alg: -7 }).createCredential(body(init).publicKey, { origin: LOAD_ORIGIN });
      const url = u.register(base, { auth_code: body(init).auth_code });
      const done = await step('register', 'POST', url, jsonInit('POST', { passkey }, auth));
      if (done?.status === 200) registered.push({ email, credentialId: passkey.id });
    };
    const workers = Promise.all(Array.from({ length: 4 }, async () => {
      while (!stop && next < 400) await registerOne(next++);
    }));

    // Wait for some load, then hold requests in flight: a delay fault on listing passkeys,
    // used up (so all of them are inside the server) before the signal.
    while (registered.length < 8 && !stop) await new Promise((r) => setTimeout(r, 20));
    const owner = registered[0];
    const holder = await send(u.session(base), jsonInit('POST', { client_id: LOAD_CLIENT, identifier: owner.email }));
    const auth = { authorization: `Bearer ${body(holder).access_token}` };
    const fault = await send(`${base}/__sandbox/faults`, jsonInit('POST', { operation: 'listPasskeyCredentials', delay_ms: 1500, count: 3 }));
    t.equal('status' in fault && fault.status, 201, 'delay fault set');
    const held = Array.from({ length: 3 }, () => send(u.credentials(base), { headers: auth }));
    for (;;) {
      const faults = body(await send(`${base}/__sandbox/faults`));
      if (faults.length === 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const answeredBefore = answered.length;
    run.child.kill(signal);

    const heldAnswers = await Promise.all(held);
    for (const a of heldAnswers) {
      await checked(t, 'GET', u.credentials(base), a);
      t.same('status' in a ? [a.status, body(a).map((c: { id: string }) => c.id)] : a, [200, [owner.credentialId]],
        'a request in flight at the signal is answered in full');
    }
    await workers;
    const exit = await run.exited;
    t.same(exit, { code: 0, signal: null }, 'exit code 0');
    t.match(run.stdout(), new RegExp(`ssojet-sandbox stopped on ${signal} in \\d+ ms: in-flight requests answered, .*${signal}\\.db closed`));
    t.equal(run.stderr(), '', 'nothing on stderr');
    t.same(answered.filter((a) => a.status !== 200), [], 'every answered request was answered 200 (no 503, no 5xx)');
    t.comment(`${answered.length} answers (${answered.length - answeredBefore} after the signal), ${registered.length} registrations`);

    // The file was closed cleanly and holds every answered registration.
    const again = await startCli(t, args);
    for (const r of registered) {
      const s = await send(u.session(again.url), jsonInit('POST', { client_id: LOAD_CLIENT, identifier: r.email }));
      const list = await send(u.credentials(again.url), { headers: { authorization: `Bearer ${body(s).access_token}` } });
      await checked(t, 'GET', u.credentials(again.url), list);
      t.same(body(list).map((c: { id: string }) => c.id), [r.credentialId], `${r.email}'s passkey is in the file`);
    }
    again.child.kill('SIGTERM');
    t.match(await again.exited, { code: 0 });
  });
}
