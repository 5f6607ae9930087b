import t from 'tap';
import { openBrowser, sandbox } from '../test/e2e/browser.js';
t.test('try', async (t) => {
  const sb = await sandbox(t);
  const res = await fetch(`${sb.url}/__sandbox/clients`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'UV required', policy: { user_verification: 'required' } }) });
  const c = await res.json() as any;
  const b = await openBrowser(t);
  b.page.on('console', (m) => console.log('console:', m.text()));
  b.page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await b.page.goto(`${sb.base}/__sandbox/demo?client_id=${c.client_id}`);
  await new Promise((r) => setTimeout(r, 2000));
  console.log(await b.page.evaluate('document.body.dataset.busy + " " + document.getElementById("status").textContent+ document.getElementById("error").textContent'));
});
