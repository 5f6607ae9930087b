// npm run bench:ab -- <operations> <build> <build> [...] [--rounds N]
//
// Server CPU per request of one or more operations on several builds, alternating them (A B A B
// ...) so that all see the same machine: the figure to compare two versions of a change, since
// CPU time per request moves far less with the neighbours than req/s does. Each round starts
// every build afresh and runs each operation for 1 s (warm-up) then twice 2 s (measured).
//
// <operations>: comma-separated, of initiate, status, list, invalid, signin.
// <build>: `bundle` (dist/cli.cjs, what npm start runs), `tsc` (dist/src/cli.js), or a git
// revision (built with tsc into node_modules/.bench-ab/<commit>/, kept for the next run). A
// build may carry environment variables: `bundle+RESPONSE_VALIDATION=off+LOG_LEVEL=warn`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cannon, freePort, killAll, pinSelf, root, spawnServer } from './lib.js';
import { operationRequest, operations, registerPasskey, session, type Operation } from './flows.js';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 3;
const [opList, ...builds] = args;
const ops = (opList ?? '').split(',') as Operation[];
if (!opList || builds.length === 0 || !ops.every((o) => operations.includes(o)) || !(rounds >= 1 && rounds <= 20)) {
  process.stderr.write(`usage: npm run bench:ab -- <${operations.join('|')}>[,...] <bundle|tsc|git revision>[+KEY=VALUE...] ... [--rounds 1-20]\n`);
  process.exit(2);
}

/** The entry script of a build; a git revision is compiled once into node_modules/.bench-ab. */
function entryOf(build: string): string {
  if (build === 'bundle') return join(root, 'dist/cli.cjs');
  if (build === 'tsc') return join(root, 'dist/src/cli.js');
  const commit = execFileSync('git', ['rev-parse', '--verify', `${build}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  // Inside the package, so that the build finds openapi.yaml and node_modules above itself.
  const out = join(root, 'node_modules/.bench-ab', commit);
  if (!existsSync(join(out, 'src/cli.js'))) {
    const tree = mkdtempSync(join(tmpdir(), 'bench-ab-'));
    try {
      execFileSync('git', ['worktree', 'add', '--detach', tree, commit], { cwd: root, stdio: 'ignore' });
      symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--outDir', out], { cwd: tree, stdio: 'inherit' });
    } finally {
      execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root, stdio: 'ignore' });
      rmSync(tree, { recursive: true, force: true });
    }
  }
  return join(out, 'src/cli.js');
}

pinSelf();
process.on('SIGINT', () => { killAll(); process.exit(130); });
const runs = builds.map((spec) => {
  const [build, ...vars] = spec.split('+');
  return { spec, entry: entryOf(build!), env: Object.fromEntries(vars.map((v) => [v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)])) };
});
const cpu = new Map<string, number[]>();
const rps = new Map<string, number[]>();
const push = (m: Map<string, number[]>, k: string, v: number) => m.set(k, [...(m.get(k) ?? []), v]);
for (let round = 0; round < rounds; round++) {
  for (const run of runs) {
    const port = await freePort();
    const sb = await spawnServer([run.entry, '--port', String(port), '--host', '127.0.0.1', '--log-level', 'warn'], { port, readyPath: '/__sandbox/health', env: run.env });
    try {
      const alice = await session(sb.url, 'alice@example.com');
      const signer = ops.includes('signin') ? await registerPasskey(sb.url, alice.token) : undefined;
      for (const op of ops) {
        const request = operationRequest(op, sb.url, alice, signer);
        await cannon({ ...request, duration: 1, pid: sb.pid });
        for (let i = 0; i < 2; i++) {
          const load = await cannon({ ...request, duration: 2, pid: sb.pid });
          if (load.errors + load.unexpected > 0) throw new Error(`${run.spec} ${op}: ${load.errors} errors, ${load.unexpected} unexpected answers`);
          push(cpu, `${run.spec} ${op}`, load.cpuUsPerReq!);
          push(rps, `${run.spec} ${op}`, load.rps);
        }
      }
    } finally {
      await sb.stop();
    }
  }
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[xs.length >> 1]!;
process.stdout.write(`server CPU per request (us), ${rounds} round(s) x 2 runs of 2 s, sandbox on core 0\n\n`);
process.stdout.write('| operation | build | CPU min | CPU median | req/s median |\n| --- | --- | --- | --- | --- |\n');
for (const op of ops) {
  for (const run of runs) {
    const k = `${run.spec} ${op}`;
    process.stdout.write(`| ${op} | ${run.spec} | ${sorted(cpu.get(k)!)[0]!.toFixed(0)} | ${median(cpu.get(k)!).toFixed(0)} | ${median(rps.get(k)!).toFixed(0)} |\n`);
  }
}
