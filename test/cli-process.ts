import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LightMyRequestResponse } from 'fastify';
import type { Test } from 'tap';
import { configKeys } from '../src/config.js';
import { specErrors } from './helper.js';

/** Spawning the real CLI for tests: the built one when fresh, else the source through tsx. */
type Teardown = { teardown(fn: () => unknown): void };

export const root = fileURLToPath(new URL('../', import.meta.url));
/** What `npm start`, the `bin` and the Dockerfile run: the bundled CLI's launcher (scripts/build-cli.mjs). */
export const distCli = join(root, 'dist', 'cli.cjs');
const srcCli = join(root, 'src', 'cli.ts');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * How to run the CLI: the built `dist/cli.cjs` when it exists and is not older than `src/`
 * (what `npm start` and the `bin` run), otherwise the TypeScript source through tsx.
 * Either way the spawned process is `node` itself, so the pid we hold is the server's.
 */
function cliArgs(): string[] {
  if (existsSync(distCli) && statSync(distCli).mtimeMs >= newestMtime(join(root, 'src'))) return [distCli];
  return ['--import', 'tsx', srcCli];
}
export const cli = cliArgs();

/** The environment without any sandbox setting inherited from the outer shell. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of configKeys) delete env[k.env];
  return { ...env, LOG_LEVEL: 'silent', ...extra };
}

export const BANNER = /ssojet-sandbox is running at (http:\/\/127\.0\.0\.1:(\d+))/;

export interface Run {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns the CLI; the child is killed in teardown if it is still running. */
export function spawnCli(tt: Teardown, args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, [...cli, ...args], { cwd: root, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => { out += d; });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { err += d; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  tt.teardown(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  });
  return { child, stdout: () => out, stderr: () => err, exited };
}

/**
 * Runs the CLI to its exit. If it starts a server instead (the banner appears), it is killed
 * and the result says so, so a wrong "it started" fails the test rather than hanging it.
 */
export async function runCli(tt: Teardown, args: string[], env: Record<string, string> = {}) {
  const run = spawnCli(tt, args, env);
  const started = new Promise<'started'>((resolve) => {
    run.child.stdout!.on('data', () => { if (BANNER.test(run.stdout())) resolve('started'); });
  });
  const outcome = await Promise.race([run.exited, started]);
  if (outcome === 'started') {
    run.child.kill('SIGKILL');
    await run.exited;
    return { code: 'started a server instead of exiting' as const, stdout: run.stdout(), stderr: run.stderr() };
  }
  return { code: outcome.code, signal: outcome.signal, stdout: run.stdout(), stderr: run.stderr() };
}

/** Starts the CLI and waits for its banner; fails with the output if it exits first. */
export async function startCli(tt: Teardown, args: string[], env: Record<string, string> = {}) {
  const run = spawnCli(tt, args, env);
  const banner = new Promise<RegExpExecArray>((resolve) => {
    run.child.stdout!.on('data', () => { const m = BANNER.exec(run.stdout()); if (m) resolve(m); });
  });
  const first = await Promise.race([banner, run.exited]);
  if (!Array.isArray(first)) {
    throw new Error(`the CLI exited (${JSON.stringify(first)}) before printing its banner\nstdout: ${run.stdout()}\nstderr: ${run.stderr()}`);
  }
  return { ...run, url: first[1], port: Number(first[2]) };
}


// ---- Load against a running CLI (durability and shutdown tests) ---------------------------

export const LOAD_CLIENT = 'cli_sandbox0000000000001';
export const LOAD_ORIGIN = 'http://localhost:3000';
const qs = (p: Record<string, string>) => new URLSearchParams(p).toString();

/** One HTTP exchange over a real socket: the status and text, or the network error (no answer). */
/** Checks an answer read over the wire against openapi.yaml, as h.call does in-process. */
export async function checked(tt: Test, method: string, url: string, a: Answer) {
  if ('error' in a) return;
  const { pathname, search } = new URL(url);
  const res = { statusCode: a.status, body: a.text, headers: { 'content-type': a.contentType } } as unknown as LightMyRequestResponse;
  const problems = await specErrors(method, pathname + search, res);
  if (problems.length > 0) tt.fail(`${method} ${pathname} answer does not match openapi.yaml`, { problems, body: a.text });
}
export const answerBody = (a: Answer) => ('error' in a ? undefined : JSON.parse(a.text));

export type Answer = { status: number; text: string; contentType: string } | { error: string };

export async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  try {
    const res = await fetch(url, init);
    // A response counts as answered only once the whole body arrived.
    const text = await res.text();
    return { status: res.status, text, contentType: res.headers.get('content-type') ?? '' };
  } catch (err) {
    return { error: String((err as Error & { cause?: Error }).cause?.message ?? (err as Error).message) };
  }
}

export const jsonInit = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
});

/** The steps of one passkey registration by a new user, each an HTTP call to the CLI. */
export const ceremonyUrls = {
  session: (base: string) => `${base}/__sandbox/sessions`,
  register: (base: string, p: Record<string, string> = {}) => `${base}/api/v1/auth/passwordless/passkey/register?${qs({ client_id: LOAD_CLIENT, ...p })}`,
  login: (base: string, p: Record<string, string>) => `${base}/api/v1/auth/passwordless/passkey/login?${qs({ client_id: LOAD_CLIENT, ...p })}`,
  credentials: (base: string) => `${base}/api/v1/auth/passwordless/passkey/credentials?${qs({ client_id: LOAD_CLIENT })}`,
};
