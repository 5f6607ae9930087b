import autocannon from 'autocannon';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { authenticatorData } from '../src/authenticator/authenticator-data.js';
import { clientDataJSON } from '../src/authenticator/client-data.js';
import type { CredentialKey } from '../src/authenticator/credential-key.js';

export const root = fileURLToPath(new URL('../', import.meta.url));
export const SERVER_CORE = '0';
export const LOADGEN_CORE = '1';
export const CLIENT = 'cli_sandbox0000000000001';
export const ORIGIN = 'http://localhost:3000';
export const API = '/api/v1/auth/passwordless/passkey';

/** BENCH_PIN=off runs sandbox and load generator unpinned (both may use both cores). */
export const hasTaskset = process.env.BENCH_PIN !== 'off' && (() => {
  try { execFileSync('taskset', ['-V'], { stdio: 'ignore' }); return true; } catch { return false; }
})();

/** Pins this (load-generating) process, all its threads, to the load generator's core. */
export function pinSelf(): void {
  if (hasTaskset) execFileSync('taskset', ['-a', '-cp', LOADGEN_CORE, String(process.pid)], { stdio: 'ignore' });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Every server this run started, so an abort can stop them (by pid, nothing else). */
export const live = new Set<ChildProcess>();
export function killAll(): void {
  for (const c of live) c.kill('SIGKILL');
}

export interface Proc { child: ChildProcess; port: number; url: string; pid: number; stop(): Promise<void> }

/** Spawns `node <args>` pinned to the server core; resolves when `ready` answers 200 (or rejects after `timeoutMs`). */
export async function spawnServer(args: string[], opts: { env?: Record<string, string>; port: number; readyPath: string; timeoutMs?: number; pin?: boolean }): Promise<Proc & { readyMs: number; cpuMs: number }> {
  const pin = hasTaskset && opts.pin !== false;
  const cmd = pin ? 'taskset' : process.execPath;
  const argv = pin ? ['-c', SERVER_CORE, process.execPath, ...args] : args;
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: root, env: { ...cleanEnv(), ...opts.env }, stdio: ['ignore', 'ignore', 'pipe'] });
  live.add(child);
  child.once('exit', () => live.delete(child));
  let stderr = '';
  child.stderr!.on('data', (d) => { stderr += d; });
  const url = `http://127.0.0.1:${opts.port}`;
  const deadline = started + (opts.timeoutMs ?? 30_000);
  let exited = false;
  child.once('exit', () => { exited = true; });
  for (;;) {
    if (exited) throw new Error(`server exited before it was ready: ${stderr.trim()}`);
    if (performance.now() > deadline) { child.kill('SIGKILL'); throw new Error(`server not ready within ${opts.timeoutMs ?? 30_000} ms: ${stderr.trim()}`); }
    try {
      const res = await fetch(url + opts.readyPath);
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 2));
  }
  const readyMs = performance.now() - started;
  const cpuMs = cpuTimeMs(child.pid!);
  const stop = () => new Promise<void>((resolve) => {
    if (exited) return resolve();
    const t = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(t); resolve(); });
    child.kill('SIGTERM');
  });
  return { child, port: opts.port, url, pid: child.pid!, stop, readyMs, cpuMs };
}

/** The sandbox's pid: `taskset -c N node ...` execs node, so the child's pid is node's. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** CPU time (user + system) a process has used so far, in ms (10 ms resolution): robust to a busy machine. */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in clock ticks (USER_HZ = 100)
}

export function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  for (const k of ['PORT', 'HOST', 'SEED', 'SCENARIO', 'CLOCK', 'ISSUER', 'LOG_LEVEL', 'RESPONSE_VALIDATION', 'SANDBOX_API', 'SIGNING_KEY_FILE', 'TOKEN_TTL', 'CHALLENGE_TIMEOUT_MS']) delete env[k];
  return env;
}

/**
 * The built sandbox on a free port, run as `npm start` and the `bin` run it (dist/cli.cjs, the
 * bundled CLI); `pin: false` lets it use every core (its crypto runs on libuv's thread pool).
 */
/**
 * `entry`: what to run, `dist/cli.cjs` (the shipped bundle) unless named; the profiler runs the
 * same code unbundled (`dist/src/cli.js`) so that its summary can tell files and packages apart.
 */
export async function startSandbox(opts: { scenario?: string; env?: Record<string, string>; timeoutMs?: number; nodeArgs?: string[]; pin?: boolean; entry?: string } = {}) {
  const port = await freePort();
  return spawnServer([...(opts.nodeArgs ?? []), join(root, opts.entry ?? 'dist/cli.cjs'), '--port', String(port), '--host', '127.0.0.1', '--log-level', 'warn', '--scenario', opts.scenario ?? 'default'],
    { port, readyPath: '/__sandbox/health', env: opts.env, timeoutMs: opts.timeoutMs, pin: opts.pin });
}

export async function startBaseline() {
  const port = await freePort();
  return spawnServer([join(root, 'bench/baseline.mjs'), String(port)], { port, readyPath: '/' });
}

export async function json(url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    signal: AbortSignal.timeout(30_000), // a hung request fails the run instead of stalling it
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** Runs `fn` over `items` with at most `n` in flight. */
export async function pool<T, R>(items: T[], n: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) { const i = next++; out[i] = await fn(items[i], i); }
  }));
  return out;
}

/**
 * A real, signed AuthenticationResponseJSON with signature counter 0 (as synced passkeys send):
 * with a counter, assertions finished out of order by concurrent connections would be refused as
 * a counter rollback. Same bytes the virtual authenticator makes, minus the increment.
 */
export function signAssertion(key: CredentialKey, credentialId: string, userHandle: string, challenge: string, rpId = 'localhost') {
  const authData = authenticatorData({ rpId, up: true, uv: true, backupEligible: false, backupState: false, signCount: 0 });
  const clientData = clientDataJSON({ type: 'webauthn.get', challenge, origin: ORIGIN, crossOrigin: false });
  const hash = createHash('sha256').update(clientData).digest();
  const signature = key.sign(Buffer.concat([authData, hash]));
  const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64url');
  return {
    id: credentialId, rawId: credentialId, type: 'public-key',
    response: { clientDataJSON: b64(clientData), authenticatorData: b64(authData), signature: b64(signature), userHandle },
    clientExtensionResults: {}, authenticatorAttachment: 'platform',
  };
}

export interface Load {
  latencies?: number[];
  /** Server CPU time (user + system) per request, in microseconds, when the server pid was given. */
  cpuUsPerReq?: number;
  cpuMs?: number;
  rps: number; p50: number; p99: number; mean: number; total: number; errors: number; unexpected: number; durationS: number;
}

type Opts = autocannon.Options;

/**
 * One autocannon run. Latencies are taken from every response (hrtime, sub-millisecond; autocannon's
 * own histogram keeps 2xx only, in whole ms); `expect` is the status every response must have.
 */
export async function cannon(opts: Opts & { expect?: number; pid?: number }): Promise<Load> {
  const cpu0 = opts.pid ? cpuTimeMs(opts.pid) : 0;
  const expectStatus = opts.expect ?? 200;
  let unexpected = 0;
  const latencies: number[] = [];
  // Without a callback autocannon returns an emitter that is also a promise of the result.
  const instance = autocannon({ connections: 10, ...opts }) as unknown as PromiseLike<autocannon.Result> & { on(event: 'response', fn: (...args: never[]) => void): void };
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, ms: number) => {
    if (statusCode !== expectStatus) unexpected++;
    latencies.push(ms);
  });
  const r = await instance;
  const cpuMs = opts.pid ? cpuTimeMs(opts.pid) - cpu0 : undefined;
  return summarize([{ latencies, durationS: r.duration, errors: r.errors + r.timeouts, unexpected, cpuMs }]);
}

/** Merges runs (e.g. interleaved slices) into one figure; `latencies` stays for further merging. */
export function summarize(runs: Array<{ latencies?: number[]; durationS: number; errors: number; unexpected: number; cpuMs?: number }>): Load {
  const latencies = runs.flatMap((r) => r.latencies ?? []).sort((a, b) => a - b);
  const durationS = runs.reduce((s, r) => s + r.durationS, 0);
  const pct = (p: number) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] : NaN;
  const total = latencies.length;
  const result: Load = {
    rps: total / durationS,
    p50: pct(0.5), p99: pct(0.99), mean: total ? latencies.reduce((a, b) => a + b, 0) / total : NaN,
    total, errors: runs.reduce((s, r) => s + r.errors, 0), unexpected: runs.reduce((s, r) => s + r.unexpected, 0), durationS,
  };
  if (runs.every((r) => r.cpuMs !== undefined)) {
    result.cpuMs = runs.reduce((sum, r) => sum + r.cpuMs!, 0);
    result.cpuUsPerReq = total ? (result.cpuMs * 1000) / total : NaN;
  }
  Object.defineProperty(result, 'latencies', { value: latencies, enumerable: false });
  return result;
}
