import t from 'tap';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root, startCli } from '../cli-process.js';

const run = promisify(execFile);

t.test('examples/curl-otp-passkey.sh signs up by email code, registers a passkey and signs in with it, with only curl and jq', async (t) => {
  const server = await startCli(t, ['--port', '0']);
  const { stdout } = await run('bash', ['examples/curl-otp-passkey.sh', server.url, 'carol@example.com'], { cwd: root, timeout: 60_000 });
  const lines = stdout.trim().split('\n');
  t.equal(lines[0], 'signed up as carol@example.com (email_otp)');
  t.same(JSON.parse(lines[1]), { status: 'success', message: 'Passkey registered successfully' });
  t.same(JSON.parse(lines[2]), { authenticated: true, user: 'carol@example.com' });
});

t.test('the docs/walk-throughs.md email-code walk-through is examples/curl-otp-passkey.sh verbatim', async (t) => {
  const page = readFileSync(join(root, 'docs', 'walk-throughs.md'), 'utf8');
  const block = page.split('<!-- curl-otp:start -->')[1]?.split('<!-- curl-otp:end -->')[0] ?? '';
  t.equal(block.replace(/^\s*```sh\n/, '').replace(/```\s*$/, ''), readFileSync(join(root, 'examples', 'curl-otp-passkey.sh'), 'utf8'));
});
