// npm run bench:profile -- <operation> [seconds]: one operation under load, with the sandbox's
// CPU profile summarised (what dominates a figure of `npm run bench`). The sandbox is the built
// one (run `npm run build` first), pinned like in the benchmark; the profile is written to
// bench/profiles/<operation>.cpuprofile (open it in Chrome DevTools for the flame chart).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cannon, killAll, pinSelf, root, startSandbox } from './lib.js';
import { operationRequest, operations, registerPasskey, session, type Operation } from './flows.js';
import { summarizeProfile } from './profile-summary.js';

const operation = process.argv[2] as Operation;
const seconds = Number(process.argv[3] ?? 10);
if (!operations.includes(operation) || !(seconds > 0 && seconds <= 120)) {
  process.stderr.write(`usage: npm run bench:profile -- <${operations.join('|')}> [seconds, 1-120]\n`);
  process.exit(2);
}
pinSelf();
process.on('SIGINT', () => { killAll(); process.exit(130); });

const dir = mkdtempSync(join(tmpdir(), 'sandbox-profile-'));
// The tsc output rather than the bundle: the same code, with its files and packages named.
const sb = await startSandbox({ entry: 'dist/src/cli.js', nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...(process.env.PROFILE_NODE_ARGS?.split(' ').filter(Boolean) ?? [])] });
let load;
try {
  const alice = await session(sb.url, 'alice@example.com');
  const signer = await registerPasskey(sb.url, alice.token);
  load = await cannon({ ...operationRequest(operation, sb.url, alice, signer), duration: seconds, pid: sb.pid });
} finally {
  await sb.stop(); // SIGTERM: the profile is written as the process exits
}
const [file] = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error('the sandbox wrote no profile');
mkdirSync(join(root, 'bench/profiles'), { recursive: true });
const kept = join(root, 'bench/profiles', `${operation}.cpuprofile`);
copyFileSync(join(dir, file), kept);
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${operation}: ${load.rps.toFixed(0)} req/s, p50 ${load.p50.toFixed(2)} ms, p99 ${load.p99.toFixed(2)} ms, server CPU ${load.cpuUsPerReq?.toFixed(0)} us/request, ${load.unexpected + load.errors} errors\n`);
process.stdout.write('(the samples of the load only: the profile\'s last seconds, without start-up and set-up)\n\n');
process.stdout.write(summarizeProfile(kept, Number(process.env.PROFILE_TOP ?? 25), seconds * 1000) + '\n');
