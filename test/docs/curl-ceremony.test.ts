import t from 'tap';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { root, startCli } from '../cli-process.js';

const run = promisify(execFile);

t.test('examples/curl-ceremony.sh registers and signs in with only curl and jq against a started sandbox', async (t) => {
  const server = await startCli(t, ['--port', '0']);
  const { stdout } = await run('bash', ['examples/curl-ceremony.sh', server.url], { cwd: root, timeout: 60_000 });
  const lines = stdout.trim().split('\n');
  t.same(JSON.parse(lines[0]), { status: 'success', message: 'Passkey registered successfully' });
  t.equal(lines[1], 'signed in as user 6694b8ab9b41d3ca01e580d3');
  const listed = JSON.parse(lines[2]);
  t.equal(listed.length, 1);
  t.match(listed[0], { id: /^[A-Za-z0-9_-]{43}$/, SignCount: 1, attestation_type: 'none' });
});
