// npm run bench [-- --quick]: the sandbox (built, its own process, pinned to one core) driven by
// autocannon (this process, pinned to the other core), every figure next to a bare-Fastify
// baseline measured in the same run. Writes bench/results.json (--quick: bench/results.quick.json).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { VirtualAuthenticator } from '../src/authenticator/index.js';
import { generatedCredentialId, generatedPasskeyKey } from '../src/sandbox/generated-passkeys.js';
import { userHandle } from '../src/services/passkey-registration.js';
import {
  API, CLIENT, ORIGIN, cannon, hasTaskset, json, killAll, pinSelf, pool, root, rssMb, signAssertion,
  startBaseline, startSandbox, summarize, type Load,
} from './lib.js';
import { ct, q, registerPasskey, session, signInSequence, type Signer } from './flows.js';
import { initiateSoak } from './initiate-soak.js';
import { otpSignIn } from './otp-signin.js';
import type { PhaseReport, Row } from './phase-report.js';

const quick = process.argv.includes('--quick');
const D = quick ? 2 : 10; // seconds per throughput figure
const FINISH_N = quick ? 1800 : 16500; // prepared assertions (a slice's worth more, for the warm-up)
const REGISTER_N = quick ? 900 : 5500; // prepared attestations (idem)
const STARTS = quick ? 3 : 10;
const SOAK_S = quick ? 12 : 60;
const SOAK_CONNECTIONS = 100;

// Every phase is bounded; this is the bound on the whole run.
const watchdog = setTimeout(() => { process.stderr.write('bench: took longer than 25 minutes, aborting\n'); killAll(); process.exit(1); }, 25 * 60_000);
watchdog.unref();
process.on('SIGINT', () => { killAll(); process.exit(130); });
const host = machine(); // before pinning: nproc counts the cores this process may use
pinSelf();

const rows: Row[] = [];
const raw: Record<string, unknown> = {};
const log = (s: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${s}\n`);
const row = (r: Omit<Row, 'ratio'> & { ratio?: number | null }) => rows.push({ ...r, ratio: r.ratio ?? (r.baseline ? r.value / r.baseline : null) });
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
/** Replays prepared single-use requests, one per request, `n` in all. */
function prepared(url: string, bodies: Array<{ path: string; body: string }>, headers: Record<string, string>, pid?: number) {
  let i = 0;
  return cannon({
    url, amount: bodies.length, pid,
    requests: [{ method: 'POST', headers: { ...ct, ...headers }, setupRequest: (req: autocannon.Request) => ({ ...req, ...bodies[Math.min(i++, bodies.length - 1)] }) } as autocannon.Request],
  });
}

function targetRps(name: string, load: Load, base: Load) {
  row({ figure: `${name} req/s`, unit: 'req/s', value: load.rps, baseline: base.rps, target: '>= 50 % of baseline', met: load.rps >= 0.5 * base.rps && load.unexpected === 0 });
  row({ figure: `${name} p99`, unit: 'ms', value: load.p99, baseline: base.p99, target: '<= 2x baseline', met: load.p99 <= 2 * base.p99 });
  row({ figure: `${name} p50`, unit: 'ms', value: load.p50, baseline: base.p50, target: '-', met: null });
}
function info(name: string, load: Load, base: Load) {
  row({ figure: `${name} req/s`, unit: 'req/s', value: load.rps, baseline: base.rps, target: '-', met: load.unexpected === 0 && load.errors === 0 ? null : false });
  row({ figure: `${name} p50 / p99`, unit: 'ms', value: load.p50, baseline: base.p50, target: `p99 ${load.p99.toFixed(2)} (baseline ${base.p99.toFixed(2)})`, met: null });
}
const check = (name: string, load: Load) => {
  raw[name] = load;
  if (load.unexpected || load.errors) log(`!! ${name}: ${load.unexpected} unexpected statuses, ${load.errors} errors`);
  else log(`${name}: ${load.rps.toFixed(0)} req/s p50 ${load.p50.toFixed(2)} p99 ${load.p99.toFixed(2)} ms`);
  return load;
};

/**
 * The machine is shared and its load swings by 3x within seconds, so two figures are compared
 * by alternating 1 s slices of each (A B A B ...), merged: both see the same noise.
 */
async function alternate(slices: number, a: (i: number) => Promise<Load>, b: (i: number) => Promise<Load>) {
  const as: Load[] = [];
  const bs: Load[] = [];
  for (let i = 0; i < slices; i++) {
    as.push(await a(i));
    bs.push(await b(i));
  }
  return [summarize(as), summarize(bs)] as const;
}

async function throughput() {
  const bs = await startBaseline();
  const sb = await startSandbox();
  const results: Record<string, Load> = {};
  const bases: Record<string, Load> = {};
  const baseSlice = () => cannon({ url: `${bs.url}/`, duration: 1, pid: bs.pid });
  // op(i) is slice i; op(slices) is a warm-up run first, not measured (JIT, the operation's
  // validators compiled on first use: start-up costs, measured by the start-up phase instead).
  const paired = async (key: string, name: string, op: (i: number) => Promise<Load>, slices = D) => {
    await op(slices);
    const [base, load] = await alternate(slices, baseSlice, op);
    bases[key] = base;
    results[key] = check(name, load);
    log(`  its baseline: ${base.rps.toFixed(0)} req/s p50 ${base.p50.toFixed(2)} p99 ${base.p99.toFixed(2)} ms; server CPU ${load.cpuUsPerReq?.toFixed(0)} us/req vs baseline ${base.cpuUsPerReq?.toFixed(0)}`);
  };
  const chunks = <T>(xs: T[], n: number) => range(n).map((i) => xs.slice(Math.floor((i * xs.length) / n), Math.floor(((i + 1) * xs.length) / n)));
  try {
    const alice = await session(sb.url, 'alice@example.com');
    const signer = await registerPasskey(sb.url, alice.token);
    const bearer = { authorization: `Bearer ${alice.token}`, 'x-client-id': CLIENT };
    // The read-only operations first: Initiate under load opens 7 000-12 000 ceremonies a second, each
    // kept for the 5-minute challenge timeout, and measured after it the others would run beside
    // ~100 000 of them in the heap (Check Status measured 63 -> 69-83 us of CPU a request). Check Status
    // reads alice's pending ceremony (one Initiate first), as a client polling it would.
    await json(`${sb.url}${API}/login?${q('alice@example.com')}`);
    await paired('status', 'Check Status', () => cannon({ url: `${sb.url}${API}/status?${q('alice@example.com')}`, duration: 1, pid: sb.pid }));
    await paired('list', 'List Credentials (Bearer)', () => cannon({ url: `${sb.url}${API}/credentials`, headers: bearer, duration: 1, pid: sb.pid }));
    await paired('invalid', 'Invalid request (400)', () => cannon({ url: `${sb.url}${API}/login?client_id=${CLIENT}`, duration: 1, expect: 400, pid: sb.pid }));
    await paired('initiate', 'Initiate Passkey Login', () => cannon({ url: `${sb.url}${API}/login?${q('alice@example.com')}`, duration: 1, pid: sb.pid }));

    log(`preparing ${FINISH_N} initiate -> assertion pairs`);
    const assertions = await pool(range(FINISH_N), 32, async () => {
      const r = await json(`${sb.url}${API}/login?${q('alice@example.com')}`);
      const passkey = signAssertion(signer.key, signer.id, signer.handle, r.body.publicKey.challenge);
      return { path: `${API}/login?${q('alice@example.com')}&auth_code=${r.body.auth_code}`, body: JSON.stringify({ passkey }) };
    });
    const finishChunks = chunks(assertions, D + 1); // the last one warms up
    await paired('finish', 'Finish Passkey Authentication', (i) => prepared(sb.url, finishChunks[i], {}, sb.pid));

    await paired('signin', 'Sign-in (initiate + finish)', () => cannon({ url: sb.url, duration: 1, requests: signInSequence('alice@example.com', signer), pid: sb.pid }));
    if (hasTaskset) {
      // The same, with the sandbox free to use both cores: a sign-in's RSA signature and WebAuthn
      // checks run on libuv's thread pool, so the machine's second core (shared with this load
      // generator) adds to what one core does.
      const free = await startSandbox({ pin: false });
      try {
        const freeAlice = await session(free.url, 'alice@example.com');
        const freeSigner = await registerPasskey(free.url, freeAlice.token);
        await paired('signinFree', 'Sign-in, sandbox unpinned', () => cannon({ url: free.url, duration: 1, requests: signInSequence('alice@example.com', freeSigner), pid: free.pid }));
      } finally { await free.stop(); }
    }

    log(`preparing ${REGISTER_N} registration attestations`);
    const reg = await session(sb.url, 'bench-registration@example.com');
    const regAuth = new VirtualAuthenticator({ alg: -7 });
    const regHeaders = { authorization: `Bearer ${reg.token}` };
    const attestations = await pool(range(REGISTER_N), 32, async () => {
      const r = await json(`${sb.url}${API}/register?client_id=${CLIENT}`, { headers: regHeaders });
      const passkey = regAuth.createCredential(r.body.publicKey, { origin: ORIGIN });
      return { path: `${API}/register?client_id=${CLIENT}&auth_code=${r.body.auth_code}`, body: JSON.stringify({ passkey }) };
    });
    const regChunks = chunks(attestations, D + 1);
    await paired('register', 'Complete Registration', (i) => prepared(sb.url, regChunks[i], regHeaders, sb.pid));
  } finally {
    await sb.stop();
    await bs.stop();
  }
  const all = summarize(Object.values(bases));
  raw.baseline = bases;
  row({ figure: 'baseline (bare Fastify, all slices) req/s', unit: 'req/s', value: all.rps, baseline: null, target: `p50 ${all.p50.toFixed(2)} ms, p99 ${all.p99.toFixed(2)} ms`, met: null });
  for (const [k, name] of [['initiate', 'Initiate Passkey Login'], ['status', 'Check Status'], ['list', 'List Credentials (Bearer)'], ['finish', 'Finish Passkey Authentication'], ['register', 'Complete Registration'], ['invalid', 'Invalid request (400)'], ['signin', 'Sign-in (initiate + finish, per request)']]) {
    row({ figure: `${name}: server CPU per request`, unit: 'us', value: results[k].cpuUsPerReq ?? NaN, baseline: bases[k].cpuUsPerReq ?? null, target: '-', met: null });
  }
  targetRps('Initiate Passkey Login', results.initiate, bases.initiate);
  targetRps('Check Status', results.status, bases.status);
  targetRps('List Credentials (Bearer)', results.list, bases.list);
  info('Finish Passkey Authentication', results.finish, bases.finish);
  info('Complete Registration', results.register, bases.register);
  info('Invalid request (400)', results.invalid, bases.invalid);
  const signins = results.signin.rps / 2;
  row({ figure: 'full sign-ins/s (initiate + finish), sandbox on one core', unit: '/s', value: signins, baseline: bases.signin.rps, target: '>= 2000 /s', met: signins >= 2000 && results.signin.unexpected === 0 });
  if (results.signinFree) {
    const free = results.signinFree.rps / 2;
    row({ figure: 'full sign-ins/s, sandbox unpinned (both cores, shared with the load generator)', unit: '/s', value: free, baseline: bases.signinFree.rps, target: '>= 2000 /s', met: free >= 2000 && results.signinFree.unexpected === 0 });
    row({ figure: 'Sign-in unpinned: server CPU per request (all threads)', unit: 'us', value: results.signinFree.cpuUsPerReq ?? NaN, baseline: bases.signinFree.cpuUsPerReq ?? null, target: '-', met: null });
  }
}

async function startup() {
  // Spawns alternate (baseline, default, 100k, ...) so all three see the same machine load. Wall
  // time is the figure; CPU time (user + system, from /proc) is printed too, as it barely depends
  // on what else runs on the machine.
  const times: Record<string, number[]> = { baseline: [], default: [], 'load-100k': [] };
  const cpu: Record<string, number[]> = { baseline: [], default: [], 'load-100k': [] };
  for (let i = 0; i < STARTS; i++) {
    for (const which of ['baseline', 'default', 'load-100k'] as const) {
      const p = which === 'baseline' ? await startBaseline() : await startSandbox({ scenario: which, timeoutMs: 60_000 });
      times[which].push(p.readyMs);
      cpu[which].push(p.cpuMs);
      await p.stop();
    }
  }
  raw.startup = { wallMs: times, cpuMs: cpu };
  for (const [scenario, limit] of [['default', 400], ['load-100k', 2000]] as const) {
    log(`start-up ${scenario}: median ${median(times[scenario]).toFixed(0)} ms wall, ${median(cpu[scenario]).toFixed(0)} ms CPU; baseline ${median(times.baseline).toFixed(0)} ms wall, ${median(cpu.baseline).toFixed(0)} ms CPU`);
    row({ figure: `start-up, ${scenario} (spawn -> health 200, median of ${STARTS}), wall`, unit: 'ms', value: median(times[scenario]), baseline: median(times.baseline), target: `<= ${limit} ms`, met: median(times[scenario]) <= limit });
    row({ figure: `start-up, ${scenario}, CPU time`, unit: 'ms', value: median(cpu[scenario]), baseline: median(cpu.baseline), target: '-', met: null });
  }
}

async function scale() {
  const small = await startSandbox({ scenario: 'load-10', timeoutMs: 60_000 });
  const large = await startSandbox({ scenario: 'load-100k', timeoutMs: 60_000 });
  try {
    await new Promise((r) => setTimeout(r, 1000));
    const rssSmall = rssMb(small.pid);
    const rssLarge = rssMb(large.pid);
    raw.rss = { 'load-10': rssSmall, 'load-100k': rssLarge };
    log(`RSS: 10 users ${rssSmall.toFixed(0)} MB, 100 000 users + passkeys ${rssLarge.toFixed(0)} MB`);
    row({ figure: 'RSS, 100 000 users + 100 000 passkeys (baseline: 10 users)', unit: 'MB', value: rssLarge, baseline: rssSmall, target: '<= 300 MB', met: rssLarge <= 300 });

    const setup = async (url: string, n: number) => {
      const identifier = `user${Math.ceil(n / 2)}@load.example.com`;
      const s = await session(url, identifier);
      const signer: Signer = { key: generatedPasskeyKey(1, CLIENT), id: generatedCredentialId(s.userId), handle: userHandle(s.userId) };
      return { identifier, token: s.token, signer };
    };
    const users = { small: await setup(small.url, 10), large: await setup(large.url, 100_000) };
    const ops: Array<[string, (url: string, u: typeof users.small) => autocannon.Options]> = [
      ['Initiate Passkey Login', (url, u) => ({ url: `${url}${API}/login?${q(u.identifier)}` })],
      ['Check Status', (url, u) => ({ url: `${url}${API}/status?${q(u.identifier)}` })],
      ['List Credentials (Bearer)', (url, u) => ({ url: `${url}${API}/credentials`, headers: { authorization: `Bearer ${u.token}`, 'x-client-id': CLIENT } })],
      ['Sign-in (initiate + finish)', (url, u) => ({ url, requests: signInSequence(u.identifier, u.signer) })],
      // The same page size at both, so the answer is as long: what grows is only the client's users.
      ['List All Users (limit 10, page 1)', (url) => ({ url: `${url}/api/v1/users?client_id=${CLIENT}&limit=10&page=1` })],
    ];
    for (const [name, opts] of ops) {
      // Warm-up of both, not measured (JIT, validators compiled on first use).
      await cannon({ ...opts(small.url, users.small), duration: 1 });
      await cannon({ ...opts(large.url, users.large), duration: 1 });
      const [at10, at100k] = await alternate(D, () => cannon({ ...opts(small.url, users.small), duration: 1 }), () => cannon({ ...opts(large.url, users.large), duration: 1 }));
      const bad = at10.unexpected + at10.errors + at100k.unexpected + at100k.errors;
      raw[`scale ${name}`] = { users10: at10, users100k: at100k };
      log(`scale ${name}: mean latency 10 users ${at10.mean.toFixed(3)} ms, 100k ${at100k.mean.toFixed(3)} ms${bad ? ` (!! ${bad} bad responses)` : ''}`);
      row({ figure: `${name}: mean latency at 100 000 users (baseline: 10 users)`, unit: 'ms', value: at100k.mean, baseline: at10.mean, target: '<= 1.15x', met: at100k.mean <= 1.15 * at10.mean && bad === 0 });
    }
  } finally {
    await small.stop();
    await large.stop();
  }
}

async function soak() {
  // Short challenge and token lifetimes so that ceremonies and refresh tokens expire (and must be
  // purged) within the run, and well within the warm-up: the store's live set (a few seconds of
  // challenges and tokens) must be full before "start" is sampled, or its filling is read as growth.
  const sb = await startSandbox({ env: { CHALLENGE_TIMEOUT_MS: '5000', TOKEN_TTL: '5' } });
  try {
    const alice = await session(sb.url, 'alice@example.com');
    const signer = await registerPasskey(sb.url, alice.token);
    const rssBoot = rssMb(sb.pid);
    const samples: Array<[number, number]> = [];
    const started = Date.now();
    const timer = setInterval(() => samples.push([(Date.now() - started) / 1000, rssMb(sb.pid)]), 1000);
    type Ctx = { token?: string };
    const mixed = signInSequence('alice@example.com', signer, [
      { method: 'GET', path: `${API}/status?${q('alice@example.com')}` } as autocannon.Request,
      {
        method: 'GET', path: `${API}/credentials`,
        setupRequest: (req: autocannon.Request, c: Ctx) => ({ ...req, headers: { authorization: `Bearer ${c.token}`, 'x-client-id': CLIENT } }),
      } as autocannon.Request,
      // An initiate nobody finishes: its challenge must expire and be purged.
      { method: 'GET', path: `${API}/login?${q('alice@example.com')}` } as autocannon.Request,
    ]);
    const load = await cannon({ url: sb.url, duration: SOAK_S, connections: SOAK_CONNECTIONS, requests: mixed, timeout: 10 });
    clearInterval(timer);
    // What the store still holds: expired challenges and tokens must have been purged.
    const state = await json(`${sb.url}/__sandbox/state`);
    const kept = { ceremonies: state.body.ceremonies.length as number, refresh_tokens: state.body.refresh_tokens.length as number };
    const opened = Math.round((load.total * 2) / 5); // 2 initiates in every 5-request loop
    const errors = load.errors + load.unexpected;
    // "Start" is after a warm-up of a sixth of the run (10 s of 60: JIT done, heap grown to the
    // load's working set, challenges and tokens started expiring); "end" is the last sample.
    const warmup = SOAK_S / 6;
    const startRss = samples.find(([t]) => t >= warmup)?.[1] ?? rssBoot;
    const endRss = samples.at(-1)?.[1] ?? rssMb(sb.pid);
    raw.soak = { load, rssBoot, samples, kept, opened };
    log(`soak: store at the end: ${kept.ceremonies} ceremonies (of ~${opened} opened), ${kept.refresh_tokens} refresh tokens`);
    log(`soak: ${load.total} requests, ${errors} errors, RSS boot ${rssBoot.toFixed(0)} MB, at ${warmup.toFixed(0)} s ${startRss.toFixed(0)} MB, end ${endRss.toFixed(0)} MB, max ${Math.max(...samples.map(([, r]) => r)).toFixed(0)} MB`);
    row({ figure: `soak ${SOAK_S} s x ${SOAK_CONNECTIONS} connections: errors (of ${load.total})`, unit: 'count', value: errors, baseline: null, target: '0', met: errors === 0 });
    row({ figure: `soak: RSS at end (baseline: at ${warmup.toFixed(0)} s)`, unit: 'MB', value: endRss, baseline: startRss, target: '<= 1.10x', met: endRss <= 1.1 * startRss });
    row({ figure: 'soak: ceremonies kept at the end (baseline: opened during the soak)', unit: '', value: kept.ceremonies, baseline: opened, target: '<= 8 s worth (5 s timeout + 1 s purge interval + slack)', met: kept.ceremonies <= (opened / SOAK_S) * 8 });
    row({ figure: 'soak: mixed req/s', unit: 'req/s', value: load.rps, baseline: null, target: `p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms`, met: null });
  } finally { await sb.stop(); }
}

function machine() {
  const cpu = /Model name:\s+(.*)/.exec(execFileSync('lscpu', { encoding: 'utf8' }))?.[1]?.trim() ?? 'unknown';
  return { nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()), cpu, node: process.version, taskset: hasTaskset };
}

function table(): string {
  const fmt = (n: number | null) => n === null ? '-' : Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2);
  const lines = ['| figure | value | baseline | ratio | target | met |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    lines.push(`| ${r.figure} | ${fmt(r.value)} ${r.unit} | ${r.baseline === null ? '-' : `${fmt(r.baseline)} ${r.unit}`} | ${r.ratio === null ? '-' : r.ratio.toFixed(2)} | ${r.target} | ${r.met === null ? '' : r.met ? 'met' : 'NOT MET'} |`);
  }
  return lines.join('\n');
}

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const phases: Array<[string, () => Promise<void>]> = [['throughput', throughput], ['startup', startup], ['scale', scale], ['soak', soak]];
const report: PhaseReport = { row, log, raw, quick };
phases.push(['initiate-soak', () => initiateSoak(report)], ['otp-signin', () => otpSignIn(report)]);
const startedAt = new Date().toISOString();
try {
  for (const [name, fn] of phases) {
    if (only && !only.includes(name)) continue;
    log(`== ${name}`);
    await fn();
  }
} catch (err) {
  killAll();
  throw err;
}
const out = join(root, 'bench', quick || only ? 'results.quick.json' : 'results.json');
writeFileSync(out, JSON.stringify({ quick, only: only ?? null, started: startedAt, machine: host, settings: { D, FINISH_N, REGISTER_N, STARTS, SOAK_S, SOAK_CONNECTIONS }, rows, raw }, null, 2) + '\n');
process.stdout.write(table() + '\n');
process.stdout.write(`\n${host.cpu}, ${host.nproc} cores, Node ${process.version}; sandbox on core 0, load generator on core 1. Written to ${out}\n`);
