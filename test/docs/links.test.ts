// Every relative link of README.md and docs/*.md reaches a file that exists and, with a
// #fragment, a heading of that file (GitHub's anchors), so moving a section cannot leave a
// dead link behind.
import t from 'tap';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { packageRoot } from '../../src/lib/package-root.js';

const pages = ['README.md', ...readdirSync(join(packageRoot, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** The text outside fenced code blocks, where a `](` is code, not a link. */
const prose = (md: string) => md.split(/^```.*$/m).filter((_, i) => i % 2 === 0).join('\n');

/** GitHub's heading anchors: lower case, punctuation dropped, each space a hyphen, repeats numbered. */
function anchors(md: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const [, title] of prose(md).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = title.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

const links = (md: string) => [...prose(md).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));

t.test('anchors are made the way GitHub makes them', async (t) => {
  t.same([...anchors('# Walk-through with curl: email code → passkey\n## In-process, from a test\n## A\n## A\n```\n# not a heading\n```')],
    ['walk-through-with-curl-email-code--passkey', 'in-process-from-a-test', 'a', 'a-1']);
});

t.test('every relative link in README.md and docs/*.md resolves to a file, and its #fragment to a heading there', async (t) => {
  let count = 0;
  for (const page of pages) {
    const text = readFileSync(join(packageRoot, page), 'utf8');
    for (const link of links(text)) {
      count++;
      const [path, fragment] = link.split('#');
      const target = path ? join(dirname(join(packageRoot, page)), decodeURIComponent(path)) : join(packageRoot, page);
      const name = relative(packageRoot, target);
      if (!existsSync(target)) { t.fail(`${page}: ${link}: no file ${name}`); continue; }
      if (fragment !== undefined) t.ok(anchors(readFileSync(target, 'utf8')).has(fragment), `${page}: ${link}: ${name} has a heading #${fragment}`);
    }
  }
  t.ok(count > 20, `links checked: ${count}`);
});
