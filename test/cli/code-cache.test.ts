import t from 'tap';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BANNER, cleanEnv, cli, distCli, root } from '../cli-process.js';

// The built CLI (dist/cli.cjs) runs dist/cli.bundle.cjs with a V8 code cache beside it
// (scripts/cli-launcher.cjs). Each test works on its own copy of the two files, in a folder
// under dist/ (the bundle finds openapi.yaml and node_modules above itself).

const cacheFiles = (dir: string) => readdirSync(dir).filter((name) => /^cli\.bundle\.\w+\.cache$/.test(name));
const header = (file: string) => readFileSync(file).subarray(0, 200).toString('latin1').split('\n')[0]!;

function copyOfTheBuild(tt: { teardown(fn: () => unknown): void }): string {
  const dir = mkdtempSync(join(root, 'dist', 'code-cache-test-'));
  tt.teardown(() => rmSync(dir, { recursive: true, force: true }));
  for (const name of ['cli.cjs', 'cli.bundle.cjs']) copyFileSync(join(root, 'dist', name), join(dir, name));
  return dir;
}

/** Runs the copy to its exit, or until its server answers and `until` holds; then SIGTERM. */
async function run(dir: string, args: string[], until: () => boolean = () => true) {
  const child = spawn(process.execPath, [join(dir, 'cli.cjs'), ...args], { cwd: root, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let health: number | undefined;
  const deadline = Date.now() + 30_000;
  while (child.exitCode === null && Date.now() < deadline) {
    const url = BANNER.exec(out)?.[1];
    if (url && health === undefined) health = (await fetch(`${url}/__sandbox/health`)).status;
    if (health !== undefined && until()) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  if (child.exitCode === null) child.kill('SIGTERM');
  return { code: await exited, health, stdout: out, stderr: err };
}

if (cli[0] !== distCli) {
  // Under CI=true (where `npm ci` builds dist/ through prepare) a missing build is a failure, not a skip.
  if (process.env.CI === 'true') t.fail('dist/cli.cjs is missing or older than src/ under CI=true: `npm run build`, which `npm ci` runs');
  else t.comment('dist/cli.cjs is missing or older than src/: `npm run build` to test its code cache');
} else {
  const bundleSha = createHash('sha256').update(readFileSync(join(root, 'dist', 'cli.bundle.cjs'))).digest('hex');

  t.test('without a code cache the CLI starts, and writes one for this bundle and Node once it listens', async (t) => {
    const dir = copyOfTheBuild(t);
    const r = await run(dir, ['--port', '0', '--host', '127.0.0.1'], () => cacheFiles(dir).length > 0);
    t.equal(r.health, 200, r.stderr);
    t.equal(cacheFiles(dir).length, 1, 'one cache file');
    t.match(header(join(dir, cacheFiles(dir)[0]!)), `${bundleSha} ${process.version} ${process.arch} `);
    t.same(readdirSync(dir).filter((name) => name.endsWith('.tmp')), [], 'no temporary file left');
  });

  t.test('a cache made for another bundle is not used, and is replaced', async (t) => {
    const dir = copyOfTheBuild(t);
    await run(dir, ['--port', '0', '--host', '127.0.0.1'], () => cacheFiles(dir).length > 0);
    const file = join(dir, cacheFiles(dir)[0]!);
    const valid = readFileSync(file);
    const other = Buffer.from(header(file).replace(bundleSha, '0'.repeat(64)));
    writeFileSync(file, Buffer.concat([other, valid.subarray(other.length)]));
    const r = await run(dir, ['--port', '0', '--host', '127.0.0.1'], () => header(file).startsWith(bundleSha));
    t.equal(r.health, 200, r.stderr);
    t.ok(header(file).startsWith(bundleSha), 'rewritten for this bundle');
  });

  t.test('--version answers from a copy with no cache, and writes none (no server started)', async (t) => {
    const dir = copyOfTheBuild(t);
    const r = await run(dir, ['--version']);
    t.equal(r.code, 0);
    t.equal(r.stdout.trim(), (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
    t.same(cacheFiles(dir), []);
  });
}
