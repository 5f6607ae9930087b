// The #13 item 5 soak: Initiate Passkey Login at full speed for 120 s, RSS sampled every 10 s.
// Each request names a new identifier, so the per-identifier cap (newest 20) never applies and
// only MAX_PENDING_CEREMONIES (100 000, oldest evicted first) can keep memory bounded; the
// challenge timeout is the default 5 minutes, so nothing expires during the run.
import type autocannon from 'autocannon';
import { API, cannon, json, rssMb, startSandbox } from './lib.js';
import { q } from './flows.js';
import type { PhaseReport } from './phase-report.js';

const CONNECTIONS = 100;
const SAMPLE_S = 10;
const RSS_LIMIT_MB = 400;
const FLAT = 0.1; // ±10 % over the last half of the run

export async function initiateSoak(report: PhaseReport): Promise<void> {
  const seconds = report.quick ? 30 : 120;
  const sb = await startSandbox();
  try {
    const rssBoot = rssMb(sb.pid);
    const samples: Array<[number, number]> = [];
    const started = Date.now();
    const timer = setInterval(() => {
      const at = Math.round((Date.now() - started) / 1000);
      const rss = rssMb(sb.pid);
      samples.push([at, rss]);
      report.log(`initiate soak: ${at} s, RSS ${rss.toFixed(0)} MB`);
    }, SAMPLE_S * 1000);
    let n = 0;
    const load = await cannon({
      url: sb.url, duration: seconds, connections: CONNECTIONS, pid: sb.pid, timeout: 10,
      requests: [{ method: 'GET', setupRequest: (req: autocannon.Request) => ({ ...req, path: `${API}/login?${q(`soak-${n++}@example.com`)}` }) } as autocannon.Request],
    });
    clearInterval(timer);
    const errors = load.errors + load.unexpected;
    // Read after the last sample: exporting 100 000 ceremonies as JSON costs memory of its own.
    const kept = (await json(`${sb.url}/__sandbox/state`)).body.ceremonies.length as number;
    const window = samples.filter(([t]) => t >= seconds / 2);
    const ref = window[0]?.[1] ?? NaN;
    const flat = window.length > 1 && window.every(([, r]) => Math.abs(r - ref) <= FLAT * ref);
    const max = Math.max(...samples.map(([, r]) => r));
    const met = max <= RSS_LIMIT_MB && flat && errors === 0;
    report.raw.initiateSoak = { load, rssBoot, samples, kept, opened: load.total };
    report.log(`initiate soak: ${load.total} initiates (${load.rps.toFixed(0)} req/s), ${errors} errors, ${kept} ceremonies kept; RSS boot ${rssBoot.toFixed(0)} MB, ${samples.map(([t, r]) => `${t}s ${r.toFixed(0)}`).join(', ')} MB`);
    report.log(`initiate soak: target "RSS <= ${RSS_LIMIT_MB} MB and flat over the last ${seconds / 2} s (±10 %); 0 errors": ${met ? 'met' : 'NOT MET'} (max ${max.toFixed(0)} MB, ${flat ? 'flat' : 'not flat'}, ${errors} errors)`);
    report.row({ figure: `initiate soak ${seconds} s x ${CONNECTIONS} connections: errors (of ${load.total})`, unit: 'count', value: errors, baseline: null, target: '0', met: errors === 0 });
    report.row({ figure: 'initiate soak: max RSS (baseline: at boot)', unit: 'MB', value: max, baseline: rssBoot, target: `<= ${RSS_LIMIT_MB} MB`, met: max <= RSS_LIMIT_MB });
    report.row({ figure: `initiate soak: RSS at end (baseline: at ${window[0]?.[0] ?? '-'} s)`, unit: 'MB', value: samples.at(-1)?.[1] ?? NaN, baseline: ref, target: `every sample of the last ${seconds / 2} s within ±10 %`, met: flat });
    report.row({ figure: 'initiate soak: ceremonies kept at the end (baseline: opened)', unit: '', value: kept, baseline: load.total, target: '<= 100 000 (MAX_PENDING_CEREMONIES)', met: kept <= 100_000 });
    report.row({ figure: 'initiate soak: req/s', unit: 'req/s', value: load.rps, baseline: null, target: `p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms`, met: null });
  } finally { await sb.stop(); }
}
