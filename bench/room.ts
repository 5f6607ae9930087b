// npm run bench:room [-- --spin US] [--slices N]
//
// How much room a validated GET has before it falls under 0.5x of bare Fastify's req/s, on this
// machine, now: bare Fastify (the benchmark's baseline), Fastify configured like the sandbox
// answering a constant, the same with a busy-wait of US microseconds per request (15 by
// default), and the sandbox's Check Status. Alternating 1 s slices (N of each, 6 by default);
// medians of req/s and of server CPU per request.
import { join } from 'node:path';
import { API, cannon, freePort, killAll, pinSelf, root, spawnServer, startBaseline, startSandbox, json, type Load } from './lib.js';
import { q } from './flows.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const spinUs = option('--spin', 15);
const slices = option('--slices', 6);
if (!(spinUs >= 0 && spinUs <= 1000) || !(slices >= 1 && slices <= 60)) {
  process.stderr.write('usage: npm run bench:room [-- --spin 0-1000] [--slices 1-60]\n');
  process.exit(2);
}
pinSelf();
process.on('SIGINT', () => { killAll(); process.exit(130); });

const configured = async (spin: number) => {
  const port = await freePort();
  return spawnServer([join(root, 'bench/configured-fastify.mjs'), String(port), String(spin)], { port, readyPath: '/ready' });
};
const servers = [await startBaseline(), await configured(0), await configured(spinUs), await startSandbox()];
try {
  const [bare, plain, spinning, sandbox] = servers as [typeof servers[0], typeof servers[0], typeof servers[0], typeof servers[0]];
  // Check Status as the benchmark measures it: alice has a pending ceremony.
  await json(`${sandbox.url}${API}/login?${q('alice@example.com')}`);
  const targets: Array<{ name: string; url: string; pid: number }> = [
    { name: 'bare Fastify (baseline)', url: `${bare.url}/`, pid: bare.pid },
    { name: 'Fastify configured like the sandbox, a constant', url: `${plain.url}/api/status?a=b`, pid: plain.pid },
    { name: `the same, busy-waiting ${spinUs} us a request`, url: `${spinning.url}/api/status?a=b`, pid: spinning.pid },
    { name: 'the sandbox: Check Status', url: `${sandbox.url}${API}/status?${q('alice@example.com')}`, pid: sandbox.pid },
  ];
  for (const t of targets) await cannon({ url: t.url, duration: 1 });
  const loads = new Map<string, Load[]>(targets.map((t) => [t.name, []]));
  for (let i = 0; i < slices; i++) {
    for (const t of targets) {
      const load = await cannon({ url: t.url, duration: 1, pid: t.pid });
      if (load.errors + load.unexpected > 0) throw new Error(`${t.name}: ${load.errors} errors, ${load.unexpected} unexpected answers`);
      loads.get(t.name)!.push(load);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const base = median(loads.get(targets[0]!.name)!.map((l) => l.rps));
  process.stdout.write(`| server | req/s (median of ${slices}) | ratio to bare Fastify | server CPU per request |\n| --- | --- | --- | --- |\n`);
  for (const t of targets) {
    const ls = loads.get(t.name)!;
    const rps = median(ls.map((l) => l.rps));
    process.stdout.write(`| ${t.name} | ${rps.toFixed(0)} | ${(rps / base).toFixed(2)} | ${median(ls.map((l) => l.cpuUsPerReq ?? NaN)).toFixed(1)} us |\n`);
  }
} finally {
  for (const s of servers) await s.stop();
}
