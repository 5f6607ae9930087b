import t from 'tap';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { configKeys, defaultConfig } from '../../src/config.js';
import { packageRoot } from '../../src/lib/package-root.js';

const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
/** The walk-throughs beyond the README's curl one (#13 item 6: a slim README links to them). */
const walkThroughs = readFileSync(join(packageRoot, 'docs', 'walk-throughs.md'), 'utf8');
const run = promisify(execFile);

t.test('the docs/walk-throughs.md TypeScript walk-through is examples/passkey-ceremony.ts verbatim', async (t) => {
  const block = walkThroughs.split('<!-- walkthrough:start -->')[1]?.split('<!-- walkthrough:end -->')[0] ?? '';
  const code = block.replace(/^\s*```ts\n/, '').replace(/```\s*$/, '');
  t.equal(code, readFileSync(join(packageRoot, 'examples', 'passkey-ceremony.ts'), 'utf8'));
});

t.test('the TypeScript walk-through runs as written and prints what docs/walk-throughs.md says it prints', async (t) => {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--conditions', 'ssojet-sandbox-source', 'examples/passkey-ceremony.ts'], { cwd: packageRoot, timeout: 60_000 });
  const promised = walkThroughs.split('It prints:')[1].split('```')[1].trim();
  t.equal(stdout.trim(), promised);
});

t.test('the config table names every configuration key, its flag and its default', async (t) => {
  for (const key of configKeys) {
    const flag = '--' + key.env.toLowerCase().replace(/_/g, '-');
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${key.env}\` | \`${flag}\` |`));
    t.ok(row, `${key.env} has a row with ${flag}`);
    const def = defaultConfig[key.field];
    if (typeof def === 'number') t.match(row ?? '', String(def), `${key.env} shows its default ${def}`);
  }
});

t.test('the quick start has one command to run and one to test, and .ci/run calls the test command', async (t) => {
  t.match(readme, /```sh\nnpm install && npm start\n```/);
  t.match(readme, /```sh\nnpm ci && npm test\n```/);
  t.match(readFileSync(join(packageRoot, '.ci', 'run'), 'utf8'), /\nnpm ci && npm test/);
});

t.test('the README curl walk-through is examples/curl-ceremony.sh verbatim', async (t) => {
  const block = readme.split('<!-- curl:start -->')[1]?.split('<!-- curl:end -->')[0] ?? '';
  const code = block.replace(/^\s*```sh\n/, '').replace(/```\s*$/, '');
  t.equal(code, readFileSync(join(packageRoot, 'examples', 'curl-ceremony.sh'), 'utf8'));
});

t.test('the docs/walk-throughs.md MFA walk-through is examples/curl-mfa.sh verbatim', async (t) => {
  const block = walkThroughs.split('<!-- curl-mfa:start -->')[1]?.split('<!-- curl-mfa:end -->')[0] ?? '';
  const code = block.replace(/^\s*```sh\n/, '').replace(/```\s*$/, '');
  t.equal(code, readFileSync(join(packageRoot, 'examples', 'curl-mfa.sh'), 'utf8'));
});

t.test('the README lists every example file under "More walk-throughs", each linked to where it is shown', async (t) => {
  const section = readme.split('\n## More walk-throughs\n')[1]?.split('\n## ')[0] ?? '';
  const listed = [...section.matchAll(/^- \[[^\]]+\]\([^)]+\): `examples\/([^`]+)`$/gm)].map((m) => m[1]).sort();
  const examples = readdirSync(join(packageRoot, 'examples')).filter((f) => f !== 'curl-ceremony.sh').sort();
  t.same(listed, examples, 'every example but the curl one shown in full in the README');
  t.match(readme, /<!-- curl:start -->/, 'the README keeps one whole curl walk-through');
});
