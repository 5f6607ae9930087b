import { startSandbox, cannon, API, CLIENT, cpuTimeMs } from './lib.js';
const sb = await startSandbox();
const q = `client_id=${CLIENT}&identifier=alice%40example.com`;
for (const p of ['status', 'login', 'status', 'login']) {
  const c0 = cpuTimeMs(sb.pid);
  const r = await cannon({ url: `${sb.url}${API}/${p}?${q}`, duration: 3 });
  const c1 = cpuTimeMs(sb.pid);
  console.log(p, r.rps.toFixed(0), 'req/s', ((c1 - c0) / r.total * 1000).toFixed(0), 'us CPU/req', 'cpu util', ((c1-c0)/ (r.durationS*1000)).toFixed(2));
}
await sb.stop();
