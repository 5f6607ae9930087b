// examples/openid-client.ts, the README's openid-client example, run as a child process against
// a started sandbox, as a reader would run it.
import t from 'tap';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { root, startCli } from '../cli-process.js';

const run = promisify(execFile);
const example = (url: string) => run(process.execPath, ['--import', 'tsx', 'examples/openid-client.ts', url], { cwd: root, timeout: 60_000 });

t.test('examples/openid-client.ts signs alice in with a code flow, reads userinfo and refreshes, exiting 0', async (t) => {
  const server = await startCli(t, ['--port', '0']);
  const { stdout } = await example(server.url);
  t.same(stdout.trim().split('\n'), [
    'signed in as alice@example.com',
    'amr: hwk user',
    'userinfo: alice@example.com (sub 6694b8ab9b41d3ca01e580d3)',
    'refreshed: yes',
  ]);
});

t.test('examples/openid-client.ts exits non-zero, saying what failed, when the sandbox cannot sign anyone in headlessly', async (t) => {
  const server = await startCli(t, ['--port', '0', '--sandbox-api', 'off']);
  const failed = await example(server.url).then(() => null, (err: { code: number; stdout: string; stderr: string }) => err);
  t.ok(failed, 'the example failed');
  t.not(failed?.code, 0);
  t.equal(failed?.stdout, '', 'it claims no sign-in');
  t.match(failed?.stderr, /GET \/__sandbox\/clients: 404/);
});
