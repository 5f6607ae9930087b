// The MFA walk-through of docs/walk-throughs.md (examples/curl-mfa.sh) against a started sandbox, with the
// real oathtool computing the code. .ci/run installs oathtool, so under CI its absence fails;
// elsewhere without it, test/fixtures/oathtool stands in (otpauth), so the walk-through still
// runs rather than being skipped.
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { root, startCli } from '../cli-process.js';
import { decodeQr } from '../decode-qr.js';
import { rfc6238 } from '../helper.js';

const run = promisify(execFile);
const PINNED = '2026-01-01T00:00:00.000Z';

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try { accessSync(join(dir, command), constants.X_OK); return true; } catch { return false; }
  });
}

t.test('examples/curl-mfa.sh enrols alice with curl, reads the QR code and validates a code from oathtool', async (t) => {
  let path = process.env.PATH ?? '';
  if (!onPath('oathtool')) {
    if (process.env.CI === 'true') t.fail('CI=true but oathtool is not installed: .ci/run installs it, so the walk-through must run with it');
    t.comment('oathtool is not installed (apt-get install oathtool): test/fixtures/oathtool computes the codes instead');
    path = `${join(root, 'test', 'fixtures', 'oathtool')}${delimiter}${path}`;
  }
  const server = await startCli(t, ['--port', '0', '--clock', PINNED]);
  const dir = mkdtempSync(join(tmpdir(), 'curl-mfa-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const qr = join(dir, 'qr.png');
  const { stdout } = await run('bash', ['examples/curl-mfa.sh', server.url, qr], { cwd: root, timeout: 60_000, env: { ...process.env, PATH: path } });
  const lines = stdout.trim().split('\n');
  t.equal(lines.length, 4, stdout);
  const uri = new URL(lines[0]);
  t.equal(lines[0].split('?')[0], 'otpauth://totp/ssojet-sandbox:alice%40example.com');
  const secret = uri.searchParams.get('secret')!;
  t.match(secret, /^[A-Z2-7]{32}$/);
  t.equal(lines[1], `QR code: image/png, saved to ${qr}`);
  t.equal(decodeQr(readFileSync(qr)), lines[0], 'the saved PNG carries the printed URI');
  t.same(JSON.parse(lines[2]), { authenticated: true, token_type: 'Bearer', email: 'alice@example.com' }, 'the code was accepted');
  t.equal(lines[3], '10', 'the first code activated the enrolment and made ten backup codes');
  const [validated] = await (await fetch(`${server.url}/__sandbox/requests?operation=validateMfaToken`)).json() as Array<{ status: number }>;
  t.equal(validated.status, 200);
  const totp = await (await fetch(`${server.url}/__sandbox/mfa/totp?client_id=cli_sandbox0000000000001&user_id=6694b8ab9b41d3ca01e580d3`)).json() as { secret: string; code: string };
  t.same(totp, { secret, code: rfc6238(secret, Date.parse(PINNED)), period_ends_at: '2026-01-01T00:00:30.000Z' }, 'the sandbox holds that secret, and its code at the pinned clock is RFC 6238\'s');
});
