import t from 'tap';
import { act, openBrowser, openDemo, outcome, passkeyRows, sandbox } from '../test/e2e/browser.js';
t.test('try', async (t) => {
  const sb = await sandbox(t);
  const b = await openBrowser(t);
  b.page.on('console', (m) => console.log('console:', m.text()));
  b.page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await openDemo(b.page, sb.base);
  await act(b.page, '#session');
  console.log(await outcome(b.page));
  await act(b.page, '#register');
  console.log(await outcome(b.page), await passkeyRows(b.page));
  await act(b.page, '#login');
  console.log(await outcome(b.page));
  await b.page.screenshot({ path: '/tmp/pb/shot.png', fullPage: true });
});
