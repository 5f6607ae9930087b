// Keeps docs/attack-matrix.md ("WebAuthn attack matrix", linked from the README's Fidelity section) and test/security/webauthn-attacks.test.ts in step:
// every row names a subtest that exists, every subtest has a row, and what a row says the sandbox
// answers (status, error, failed check) is what the subtest asserts. The subtests exercise
// finishPasskeyAuthentication and completePasskeyRegistration (and read sandboxListRequests).
import t from 'tap';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/lib/package-root.js';

const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
const matrix = readFileSync(join(packageRoot, 'docs', 'attack-matrix.md'), 'utf8');
const ATTACKS = 'test/security/webauthn-attacks.test.ts';

interface Row { attack: string; answer: string; file: string; name: string }

function matrixRows(): Row[] {
  const section = matrix.split('\n# WebAuthn attack matrix\n')[1]?.split('\n#')[0] ?? '';
  const lines = section.split('\n').filter((line) => line.startsWith('| '));
  const [header, separator, ...rows] = lines;
  if (header !== '| Attack | What the sandbox answers (status, error) | Test (file and subtest name) |' || !separator?.startsWith('| ---')) return [];
  return rows.map((line) => {
    const cells = line.slice(2, -2).split(' | ');
    const test = /^`([^`]+)` › `([^`]+)`$/.exec(cells[2] ?? '');
    return { attack: cells[0], answer: cells[1] ?? '', file: test?.[1] ?? '', name: test?.[2] ?? `(unparsable: ${cells[2]})` };
  });
}

/** Each subtest's source, from its t.test( to the next top-level one. */
function subtests(source: string): Map<string, string> {
  const blocks = new Map<string, string>();
  const parts = source.split(/\nt\.test\('/).slice(1);
  for (const part of parts) blocks.set(part.slice(0, part.indexOf("'")), part);
  return blocks;
}

/** The (status, error) pairs and failed checks a subtest asserts, resolving the file's shared constants. */
function asserted(block: string, source: string) {
  const constants = new Map<string, string>();
  for (const m of source.matchAll(/\nconst ([A-Z_]+) = ([^\n]+)/g)) constants.set(m[1], m[2]);
  const expand = (text: string) => text.replace(/\.\.\.([A-Z_]+)|\b(SIGNATURE_FAILED)\b/g, (whole, spread, name) => constants.get(spread ?? name) ?? whole);
  const text = expand(block);
  const answers = new Set([...text.matchAll(/status: (\d{3}), error: '([a-z_]+)'/g)].map((m) => `${m[1]} ${m[2]}`));
  const checks = new Set([...text.matchAll(/explanation: (?:new RegExp\(`)?\/?\^([A-Za-z_ ]+) check failed/g)].map((m) => m[1]));
  return { answers, checks };
}

t.test("docs/attack-matrix.md has the attack matrix, and the README's Fidelity section links to it", async (t) => {
  const fidelity = readme.split('\n## Fidelity\n')[1]?.split('\n## ')[0] ?? '';
  t.match(fidelity, /\]\(docs\/attack-matrix\.md\)/, 'Fidelity links to the matrix');
  t.ok(matrixRows().length >= 30, `one row per attack (${matrixRows().length})`);
});

t.test('every row names an existing subtest, and every subtest of the attack file has exactly one row', async (t) => {
  const rows = matrixRows();
  const sources = new Map<string, string>();
  for (const row of rows) {
    t.ok(existsSync(join(packageRoot, row.file)), `${row.attack}: ${row.file} exists`);
    if (!sources.has(row.file) && existsSync(join(packageRoot, row.file))) sources.set(row.file, readFileSync(join(packageRoot, row.file), 'utf8'));
    t.ok(sources.get(row.file)?.includes(`t.test('${row.name}', `), `${row.attack}: ${row.file} has t.test('${row.name}')`);
  }
  const names = [...subtests(readFileSync(join(packageRoot, ATTACKS), 'utf8')).keys()];
  t.ok(names.length >= 30);
  for (const name of names) {
    t.equal(rows.filter((row) => row.file === ATTACKS && row.name === name).length, 1, `subtest "${name}" has one row in docs/attack-matrix.md`);
  }
});

t.test("each row's answer (status, error, failed check) is what its subtest asserts", async (t) => {
  for (const row of matrixRows()) {
    const source = readFileSync(join(packageRoot, row.file), 'utf8');
    const block = subtests(source).get(row.name);
    if (!block) {
      t.fail(`no subtest "${row.name}"`);
      continue;
    }
    const { answers, checks } = asserted(block, source);
    const said = new Set([...row.answer.matchAll(/(\d{3}) `([a-z_]+)`/g)].map((m) => `${m[1]} ${m[2]}`));
    const saidChecks = new Set([...row.answer.matchAll(/check `([^`]+)`/g)].map((m) => m[1]));
    t.ok(said.size > 0 && saidChecks.size > 0, `${row.name}: the row names a status, an error and a check`);
    t.same([...said].sort(), [...answers].sort(), `${row.name}: statuses and errors`);
    t.same([...saidChecks].sort(), [...checks].sort(), `${row.name}: failed checks`);
  }
});
