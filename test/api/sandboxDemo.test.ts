// The demo page and its assets: sandboxDemo, sandboxDemoAsset. (The page at work in a real
// browser: test/e2e/.) No CDN: everything the page loads is served by the sandbox.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import t from 'tap';
import { build, DEFAULT_CLIENT, isError } from '../helper.js';

const h = await build(t);

t.test('GET /__sandbox/demo serves the page, which loads only the sandbox\'s own assets', async (t) => {
  for (const url of ['/__sandbox/demo', `/__sandbox/demo?client_id=${DEFAULT_CLIENT}`]) {
    const res = await h.call({ url });
    t.equal(res.status, 200, url);
    t.match(res.headers['content-type'], /^text\/html; charset=utf-8/);
    t.match(res.body, '<title>ssojet-sandbox · passkey demo</title>');
  }
  const page = (await h.call({ url: '/__sandbox/demo' })).body as string;
  const loaded = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  t.same(loaded.filter((u) => !u.startsWith('/') && u !== 'data:,'), [], 'no external URL in the page');
  for (const asset of ['/__sandbox/demo/demo.css', '/__sandbox/demo/simplewebauthn-browser.js', '/__sandbox/demo/demo.js', '/__sandbox/demo/mfa.js']) {
    t.ok(loaded.includes(asset), `the page loads ${asset}`);
  }
});

t.test('GET /__sandbox/demo/{asset} serves the script, the style sheet and @simplewebauthn/browser\'s bundle', async (t) => {
  const js = await h.call({ url: '/__sandbox/demo/demo.js' });
  t.equal(js.status, 200);
  t.match(js.headers['content-type'], /^text\/javascript/);
  t.match(js.body, 'window.SimpleWebAuthnBrowser');
  t.notMatch(js.body, /https?:\/\/(?!\$\{)/, 'the script names no other host (only the client\'s own rp_id, in an explanation)');
  const mfa = await h.call({ url: '/__sandbox/demo/mfa.js' });
  t.match(mfa.headers['content-type'], /^text\/javascript/);
  t.match(mfa.body, "from './demo.js'", 'the authenticator-app script shares demo.js\'s module');
  t.notMatch(mfa.body, /https?:\/\//, 'and names no other host');
  const css = await h.call({ url: '/__sandbox/demo/demo.css' });
  t.match(css.headers['content-type'], /^text\/css/);
  const bundle = await h.call({ url: '/__sandbox/demo/simplewebauthn-browser.js' });
  t.equal(bundle.status, 200);
  const entry = createRequire(import.meta.url).resolve('@simplewebauthn/browser');
  t.equal(bundle.body, readFileSync(join(dirname(dirname(entry)), 'dist', 'bundle', 'index.es5.umd.min.js'), 'utf8'), 'the installed package\'s UMD bundle, verbatim');
});

t.test('anything else under /__sandbox/demo/ is refused in the envelope (a fixed list, no file access)', async (t) => {
  for (const asset of ['index.html', 'package.json', '..%2F..%2Fpackage.json', 'demo.JS']) {
    const res = await h.call({ url: `/__sandbox/demo/${asset}` });
    isError(t, res, 400, 'malformed_request', /path\.asset must be one of "demo\.js", "mfa\.js", "demo\.css", "simplewebauthn-browser\.js"/);
  }
  isError(t, await h.call({ url: '/__sandbox/demo/a/b' }), 404, 'resource_not_found', /No operation/);
});

t.test('with SANDBOX_API=off the demo page is gone like the rest of the control API', async (t) => {
  const off = await build(t, { sandboxApi: false });
  isError(t, await off.call({ url: '/__sandbox/demo' }), 404, 'resource_not_found', /No operation/);
});
