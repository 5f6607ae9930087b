import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configKeys } from '../src/config.js';

/** Spawning the real CLI for tests: the built one when fresh, else the source through tsx. */
type Teardown = { teardown(fn: () => unknown): void };

export const root = fileURLToPath(new URL('../', import.meta.url));
const distCli = join(root, 'dist', 'src', 'cli.js');
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
 * How to run the CLI: the compiled `dist/src/cli.js` when it exists and is not older than
 * `src/` (what `npm start` and the `bin` run), otherwise the TypeScript source through tsx.
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

