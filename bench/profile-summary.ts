// Reads a V8 .cpuprofile and prints where the time went: by package/file and by function, both
// self and inclusive (a function counted once per sample however deep it recurses).
import { readFileSync } from 'node:fs';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const shortUrl = (url: string) => url.replace(/.*node_modules\//, 'node_modules/').replace(/^file:\/\/.*?\/(dist\/|src\/)/, '$1');
const fileOf = (n: ProfileNode) => {
  const { url, functionName } = n.callFrame;
  if (!url) return functionName;
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  return pkg ? pkg[1] : shortUrl(url);
};
const functionOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

/** `lastMs`: only the samples of the profile's last `lastMs` (the load, without start-up and set-up). */
export function summarizeProfile(path: string, top = 25, lastMs = Infinity): string {
  const p = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const timeOf = new Map<number, number>();
  let total = 0;
  const at: number[] = [];
  p.timeDeltas.reduce((t, dt, i) => (at[i] = t + dt), 0);
  const from = (at[at.length - 1] ?? 0) - lastMs * 1000;
  p.samples.forEach((id, i) => {
    if (at[i] < from) return;
    const dt = p.timeDeltas[i] ?? 0;
    timeOf.set(id, (timeOf.get(id) ?? 0) + dt);
    total += dt;
  });
  const tables = { selfFile: new Map<string, number>(), inclFile: new Map<string, number>(), selfFn: new Map<string, number>(), inclFn: new Map<string, number>() };
  const add = (m: Map<string, number>, k: string, t: number) => m.set(k, (m.get(k) ?? 0) + t);
  let idle = 0;
  for (const [id, t] of timeOf) {
    const leaf = nodes.get(id)!;
    if (leaf.callFrame.functionName === '(idle)') { idle += t; continue; }
    add(tables.selfFile, fileOf(leaf), t);
    add(tables.selfFn, functionOf(leaf), t);
    const files = new Set<string>(), fns = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = nodes.get(cur)!;
      if (n.callFrame.functionName === '(root)') continue;
      files.add(fileOf(n));
      fns.add(functionOf(n));
    }
    for (const f of files) add(tables.inclFile, f, t);
    for (const f of fns) add(tables.inclFn, f, t);
  }
  const busy = total - idle;
  const section = (title: string, m: Map<string, number>) => [
    `${title} (% of busy time)`,
    ...[...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, t]) => `${((100 * t) / busy).toFixed(1).padStart(6)}%  ${k}`),
    '',
  ];
  return [
    `${path}: ${(total / 1000).toFixed(0)} ms sampled, ${(busy / 1000).toFixed(0)} ms busy`,
    '',
    ...section('self, by package or file', tables.selfFile),
    ...section('inclusive, by package or file', tables.inclFile),
    ...section('self, by function', tables.selfFn),
    ...section('inclusive, by function', tables.inclFn),
  ].join('\n');
}
