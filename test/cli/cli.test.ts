import t from 'tap';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { configKeys } from '../../src/config.js';
import { BANNER, cli, root, runCli, startCli } from '../cli-process.js';

const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const DEFAULT_CLIENT = 'cli_sandbox0000000000001';
const flag = (env: string) => `--${env.toLowerCase().replace(/_/g, '-')}`;
t.comment(`running the CLI as: node ${cli.join(' ')}`);

const lines = (s: string) => s.split('\n').filter((l) => l.length > 0);
const json = async (res: Response) => JSON.parse(await res.text());

async function session(url: string, identifier = 'alice@example.com') {
  const res = await fetch(`${url}/__sandbox/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: DEFAULT_CLIENT, identifier }),
  });
  const body = await json(res);
  if (res.status !== 200) throw new Error(`session failed: ${res.status} ${JSON.stringify(body)}`);
  return body as { access_token: string; expires_at: string };
}
const claims = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

t.test('--help prints the usage with every configuration key as a flag and an env var, and exits 0', async (t) => {
  const res = await runCli(t, ['--help']);
  t.equal(res.code, 0);
  t.equal(res.stderr, '');
  t.match(res.stdout, /Usage: ssojet-sandbox/);
  t.ok(configKeys.length >= 12, 'the config module lists every key');
  for (const k of configKeys) {
    const row = res.stdout.split('\n').find((l) => l.trimStart().startsWith(`${flag(k.env)} `));
    t.ok(row, `a usage row for ${flag(k.env)}`);
    t.match(row ?? '', new RegExp(`\\s${k.env}\\s`), `the ${flag(k.env)} row names the env var ${k.env}`);
  }
  t.match(res.stdout, /--version/);
});

t.test('--version prints the version from package.json and exits 0', async (t) => {
  const res = await runCli(t, ['--version']);
  t.equal(res.code, 0);
  t.equal(res.stdout, `${version}\n`);
  t.equal(res.stderr, '');
});

t.test('an unknown flag exits 2 with a one-line message that points at --help', async (t) => {
  const res = await runCli(t, ['--no-such-flag', 'x']);
  t.equal(res.code, 2);
  t.equal(res.stdout, '');
  t.equal(lines(res.stderr).length, 1, res.stderr);
  t.match(res.stderr, /^ssojet-sandbox: .*--no-such-flag.*--help/);
});

for (const { name, args, env, key } of [
  { name: '--port abc', args: ['--port', 'abc'], env: {}, key: 'PORT' },
  { name: 'SEED=-1', args: [], env: { SEED: '-1' }, key: 'SEED' },
  { name: '--response-validation maybe', args: ['--response-validation', 'maybe'], env: {}, key: 'RESPONSE_VALIDATION' },
  { name: '--clock notadate', args: ['--clock', 'notadate'], env: {}, key: 'CLOCK' },
]) {
  t.test(`an invalid value (${name}) exits 2 with one "invalid configuration" line naming ${key}`, async (t) => {
    const res = await runCli(t, ['--port', '0', ...args], env);
    t.equal(res.code, 2);
    t.equal(lines(res.stderr).length, 1, res.stderr);
    t.match(res.stderr, new RegExp(`^ssojet-sandbox: invalid configuration: .*\\b${key}\\b`));
    t.notMatch(res.stdout, BANNER);
  });
}

for (const value of ['1', 'July 15', 'foo 1']) {
  t.test(`a CLOCK that is not an ISO 8601 instant ("${value}") is refused with exit 2 instead of pinning some other date`, async (t) => {
    const res = await runCli(t, ['--port', '0'], { CLOCK: value });
    t.equal(res.code, 2, `stdout: ${res.stdout}`);
    t.match(res.stderr, /^ssojet-sandbox: invalid configuration: .*\bCLOCK\b/);
  });
}

t.test('a CLOCK without a UTC offset does not pin a different instant depending on the machine time zone', async (t) => {
  const outcome = async (tz: string) => {
    const res = await runCli(t, ['--port', '0'], { CLOCK: '2024-07-15T06:00:00', TZ: tz });
    return res.code === 2 ? 'refused' : (/clock pinned at (\S+)/.exec(res.stdout)?.[1] ?? `exit ${res.code}`);
  };
  t.equal(await outcome('Asia/Tokyo'), await outcome('UTC'));
});

t.test('an unknown SCENARIO is a configuration error: exit 2 with one line naming SCENARIO', async (t) => {
  const res = await runCli(t, ['--port', '0', '--scenario', 'no-such-scenario']);
  t.equal(res.code, 2);
  t.equal(lines(res.stderr).length, 1, res.stderr);
  t.match(res.stderr, /^ssojet-sandbox: invalid configuration: .*\bSCENARIO\b/);
});

t.test('a port that is already taken exits 1 with one line saying so and how to pick another', async (t) => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
  const port = (blocker.address() as { port: number }).port;

  const res = await runCli(t, ['--port', String(port)]);
  t.equal(res.code, 1);
  t.equal(lines(res.stderr).length, 1, res.stderr);
  t.match(res.stderr, new RegExp(`^ssojet-sandbox: port ${port} is already in use`));
  t.match(res.stderr, /--port/);
  t.match(res.stderr, /PORT/);
});

t.test('a normal start prints a banner and serves health, the spec and the docs', async (t) => {
  const sb = await startCli(t, ['--port', '0']);
  t.ok(sb.port > 0, 'the banner names the real port, not 0');
  const out = sb.stdout();
  t.match(out, `ssojet-sandbox is running at ${sb.url}`);
  t.match(out, DEFAULT_CLIENT);
  t.match(out, 'alice@example.com');
  t.match(out, `${sb.url}/docs`);
  t.match(out, `${sb.url}/openapi.yaml`);
  t.match(out, `demo page       http://localhost:${sb.port}/__sandbox/demo`, 'the demo page (sandboxDemo), on localhost: the default RP ID');

  const health = await fetch(`${sb.url}/__sandbox/health`);
  t.equal(health.status, 200);
  t.same(await json(health), { status: 'ok' });

  const spec = await fetch(`${sb.url}/openapi.yaml`);
  t.equal(spec.status, 200);
  t.match(spec.headers.get('content-type'), /yaml/);
  const withoutServers = (text: string) => text.replace(/^servers:\n(?:[ \t]+.*\n)*/m, '');
  const served = await spec.text();
  t.equal(withoutServers(served), withoutServers(readFileSync(join(root, 'openapi.yaml'), 'utf8')), 'the spec is served as written, but for its servers');
  t.match(served, /^servers:\n {2}- url: "\/"\n/m, 'whose first is this sandbox, on whatever port it listens');

  const docs = await fetch(`${sb.url}/docs`);
  t.equal(docs.status, 200);
  t.match(docs.headers.get('content-type'), /text\/html/);
  t.match(await docs.text(), /<html/i);

  const demo = await fetch(`http://localhost:${sb.port}/__sandbox/demo`);
  t.equal(demo.status, 200);
  t.match(demo.headers.get('content-type'), /text\/html/);
});

t.test('environment variables work the same as flags (PORT=0 SEED=7)', async (t) => {
  const sb = await startCli(t, [], { PORT: '0', SEED: '7' });
  t.ok(sb.port > 0);
  t.match(sb.stdout(), /scenario\/seed\s+default \/ 7\b/);
  const state = await json(await fetch(`${sb.url}/__sandbox/state`));
  t.equal(state.seed, 7);
  t.equal(state.scenario, 'default');
});

t.test('a flag wins over the environment variable of the same key', async (t) => {
  const sb = await startCli(t, ['--seed', '9'], { PORT: '0', SEED: '7' });
  t.equal((await json(await fetch(`${sb.url}/__sandbox/state`))).seed, 9);
});

t.test('SIGTERM makes the server exit 0', async (t) => {
  const sb = await startCli(t, ['--port', '0']);
  t.equal((await fetch(`${sb.url}/__sandbox/health`)).status, 200);
  sb.child.kill('SIGTERM');
  t.same(await sb.exited, { code: 0, signal: null });
  await t.rejects(fetch(`${sb.url}/__sandbox/health`), 'nothing answers on the port afterwards');
});

t.test('CLOCK pins the clock: a session token is issued at exactly that instant', async (t) => {
  const sb = await startCli(t, ['--port', '0'], { CLOCK: '2024-07-15T06:00:00Z' });
  t.match(sb.stdout(), 'clock pinned at 2024-07-15T06:00:00.000Z');
  const first = await session(sb.url);
  const second = await session(sb.url);
  const at = Date.parse('2024-07-15T06:00:00Z') / 1000;
  t.equal(claims(first.access_token).iat, at);
  t.equal(claims(second.access_token).iat, at, 'the clock does not move by itself');
  t.equal(first.expires_at, '2024-07-15T07:00:00.000Z');
});

t.test('with --port 0 the default token issuer is http://localhost:<the port actually bound>', async (t) => {
  const sb = await startCli(t, ['--port', '0']);
  const { access_token } = await session(sb.url);
  t.equal(claims(access_token).iss, `http://localhost:${sb.port}`);
});

t.test('SANDBOX_API=off removes /__sandbox/* while the SSOJet API still answers', async (t) => {
  const sb = await startCli(t, ['--port', '0'], { SANDBOX_API: 'off' });
  t.match(sb.stdout(), /control API\s+off/);
  t.notMatch(sb.stdout(), 'demo page', 'no demo page without the control API');
  const health = await fetch(`${sb.url}/__sandbox/health`);
  t.equal(health.status, 404);
  t.equal((await json(health)).error, 'resource_not_found');
  const jwks = await fetch(`${sb.url}/.well-known/jwks.json`);
  t.equal(jwks.status, 200);
  const body = await json(jwks);
  t.equal(body.keys.length, 1);
  t.equal(body.keys[0].kty, 'RSA');
});
