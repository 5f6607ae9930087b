import t from 'tap';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root, startCli } from '../cli-process.js';

const run = promisify(execFile);
const script = readFileSync(join(root, 'examples', 'curl-management.sh'), 'utf8');

t.test('the docs/walk-throughs.md management walk-through is examples/curl-management.sh verbatim', async (t) => {
  const page = readFileSync(join(root, 'docs', 'walk-throughs.md'), 'utf8');
  const block = page.split('<!-- curl-management:start -->')[1]?.split('<!-- curl-management:end -->')[0] ?? '';
  t.equal(block.replace(/^\s*```sh\n/, '').replace(/```\s*$/, ''), script);
});

t.test('examples/curl-management.sh runs against a started sandbox and prints what docs/walk-throughs.md says', async (t) => {
  const server = await startCli(t, ['--port', '0']);
  const { stdout } = await run('bash', ['examples/curl-management.sh', server.url], { cwd: root, timeout: 60_000 });
  const printed = stdout.trim().split('\n');
  const page = readFileSync(join(root, 'docs', 'walk-throughs.md'), 'utf8');
  const said = page.split('<!-- curl-management:end -->')[1]?.split('```text\n')[1]?.split('```')[0]?.trim().split('\n');
  t.same(printed, said, 'the output block under the script');
  t.same(printed, [
    '{"email":"carol@acme.test","roles":["<support>"]}',
    '{"name":"Acme","WhiteListDomain":["acme.test"]}',
    '{"users":6,"newest":"carol@acme.test"}',
    '[{"Name":"Acme","roles":[{"role_name":"Support","permissions":["Team View"]}]}]',
    '{"is_deleted":true}',
  ]);
});
