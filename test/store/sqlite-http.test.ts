import t from 'tap';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { packageRoot } from '../../src/lib/package-root.js';
import { build, registerPasskey, startLogin } from '../helper.js';

// The HTTP behaviour suite on the durable store: representative flow and API test files run
// again, unchanged, with SANDBOX_TEST_STORE=sqlite (test/helper.ts then gives every harness
// a new DATA_FILE). The whole of test/flows and test/api passes that way too
// (`SANDBOX_TEST_STORE=sqlite npx tap test/flows test/api`); these are the ones run each time.
// Operations: sandboxPutState, checkPasskeyAuthStatus, finishPasskeyAuthentication, completePasskeyRegistration.

const run = promisify(execFile);
const files = [
  'test/flows/passkey-lifecycle.test.ts',
  'test/flows/parallel-clients.test.ts',
  'test/api/sandboxPutState.test.ts',
  'test/api/checkPasskeyAuthStatus.test.ts',
];

// Without tap's own variables the child runs as a standalone test file and prints its summary.
const standaloneEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TAP') && k !== 'NODE_OPTIONS' && !k.startsWith('_TAPJS')));

async function runOnSqlite(file: string, store = 'sqlite') {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--conditions=ssojet-sandbox-source', file], {
      cwd: packageRoot, env: { ...standaloneEnv, SANDBOX_TEST_STORE: store }, timeout: 120_000, maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

t.test('the harness honours SANDBOX_TEST_STORE', async (t) => {
  const saved = process.env.SANDBOX_TEST_STORE;
  t.teardown(() => { if (saved === undefined) delete process.env.SANDBOX_TEST_STORE; else process.env.SANDBOX_TEST_STORE = saved; });
  process.env.SANDBOX_TEST_STORE = 'sqlite';
  const h = await build(t);
  t.ok(h.services.store instanceof SqliteStore, 'sqlite: a SqliteStore on a new file');
  const { credentialId, authenticator } = await registerPasskey(h, 'durable@example.com');
  const { passkey, finishUrl } = await startLogin(h, 'durable@example.com', authenticator);
  t.equal((await h.call({ method: 'POST', url: finishUrl, payload: { passkey } })).status, 200, 'a full ceremony on it');
  t.equal((await h.services.store.listCredentials('cli_sandbox0000000000001', (await h.services.store.findUserByIdentifier('cli_sandbox0000000000001', 'durable@example.com'))!.user_id))[0].id, credentialId);
  process.env.SANDBOX_TEST_STORE = 'memory';
  t.ok((await build(t)).services.store instanceof MemoryStore, 'memory: the default store');
  process.env.SANDBOX_TEST_STORE = 'bogus';
  await t.rejects(build(t), /SANDBOX_TEST_STORE must be memory or sqlite, got bogus/);
});

t.test('flows and API tests pass unchanged on the SQLite store', async (t) => {
  // Two at a time: the machine is shared.
  const results: Array<{ file: string; code: number; stdout: string }> = [];
  for (let i = 0; i < files.length; i += 2) {
    results.push(...await Promise.all(files.slice(i, i + 2).map(async (file) => ({ file, ...(await runOnSqlite(join(packageRoot, file))) }))));
  }
  for (const r of results) {
    const summary = /# \{ total: (\d+), pass: (\d+) \}/.exec(r.stdout);
    t.equal(r.code, 0, `${r.file} exits 0 on SQLite`);
    t.ok(summary && Number(summary[1]) > 0 && summary[1] === summary[2], `${r.file}: ${summary?.[0] ?? 'no summary'}`);
    if (r.code !== 0) t.comment(r.stdout.split('\n').filter((l) => /not ok|error|Error/.test(l)).slice(0, 20).join('\n'));
  }
});
