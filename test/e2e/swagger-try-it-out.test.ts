// Swagger UI at /docs in a real browser (Debian's Chromium): "Try it out" → "Execute" reaches
// the sandbox serving the page, on the random port it listens on, not the file's
// http://localhost:8787 (issue #19). Operations exercised: sandboxHealth, getJwks.
import type { Page } from 'playwright-core';
import t from 'tap';
import { openBrowser, sandbox, skipReason, WAIT_MS } from './browser.js';

const skip = skipReason(t);

/** Expands an operation of Swagger UI, presses "Try it out" then "Execute", and reads the answer. */
async function tryItOut(page: Page, tag: string, operationId: string) {
  const op = page.locator(`#operations-${tag}-${operationId}`);
  await op.locator('.opblock-summary-control').click();
  await op.locator('button.try-out__btn').click();
  await op.locator('button.execute').click();
  const status = op.locator('.live-responses-table tr.response .response-col_status').first();
  await status.waitFor({ timeout: WAIT_MS });
  return {
    status: (await status.textContent())?.trim(),
    url: (await op.locator('.request-url pre').textContent())?.trim(),
    body: await op.locator('.live-responses-table tr.response .response-col_description pre').first().textContent(),
  };
}

t.test('"Try it out" on /docs calls the sandbox on its random port and shows its 200 answers', { skip }, async (t) => {
  const sb = await sandbox(t);
  t.not(sb.port, 8787, 'the sandbox is not on the port openapi.yaml names');
  const b = await openBrowser(t);
  const pageErrors: string[] = [];
  b.page.on('pageerror', (e) => pageErrors.push(e.message));
  await b.page.goto(`${sb.base}/docs`);
  await b.page.locator('#operations-sandbox-sandboxHealth').waitFor({ timeout: WAIT_MS });
  const selected = await b.page.locator('.servers select').inputValue();
  t.equal(selected, '/', 'the server Swagger UI picks is "/", the address serving the page');

  const health = await tryItOut(b.page, 'sandbox', 'sandboxHealth');
  t.equal(health.status, '200', 'Execute got a 200');
  t.equal(health.url, `${sb.base}/__sandbox/health`, 'the request went to this sandbox\'s port');
  t.same(JSON.parse(health.body ?? 'null'), { status: 'ok' }, 'and shows the sandbox\'s answer');

  const jwks = await tryItOut(b.page, 'keys', 'getJwks');
  t.equal(jwks.status, '200');
  t.equal(jwks.url, `${sb.base}/.well-known/jwks.json`);
  t.same(JSON.parse(jwks.body ?? 'null').keys.map((k: { kid: string }) => k.kid), sb.built.services.tokens.jwks().keys.map((k) => k.kid),
    'the keys shown are the ones this sandbox signs with');

  t.match(sb.requests({ operation: 'getJwks' }), [{ status: 200 }], 'the sandbox\'s journal has the call Swagger UI made');
  t.same(pageErrors, [], 'no script error on the page');
});
