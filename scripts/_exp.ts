import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox } from '../src/create-sandbox.js';
const sb = await createSandbox({ seed: 42, scenario: 'uv-required' });
const base = `http://localhost:${sb.port}`;
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pw-')), { executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'], timeout: 30000 });
const page = ctx.pages()[0] ?? await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('WebAuthn.enable', {});
const uv = process.argv[2] === 'uv';
const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', { options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: uv || process.argv[2]==='hasuv', isUserVerified: uv, automaticPresenceSimulation: true } });
await page.goto(base + '/__sandbox/health');
const tok = await (await fetch(sb.url + '/__sandbox/sessions', { method: 'POST', headers: {'content-type':'application/json'}, body: JSON.stringify({ client_id: sb.clientId, identifier: 'alice@example.com' }) })).json() as any;
const t0 = Date.now();
const r = await page.evaluate(`(async ([cid, bearer]) => {
  const reg = await (await fetch('/api/v1/auth/passwordless/passkey/register?client_id=' + cid, { headers: { authorization: 'Bearer ' + bearer } })).json();
  const pk = reg.publicKey;
  const b = (s) => Uint8Array.from(atob(s.replace(/-/g,'+').replace(/_/g,'/')), c => c.charCodeAt(0));
  try {
    const c = await navigator.credentials.create({ publicKey: { ...pk, challenge: b(pk.challenge), user: { ...pk.user, id: b(pk.user.id) }, excludeCredentials: [] } });
    return 'ok ' + c.id + ' flags ' + new Uint8Array(c.response.getAuthenticatorData())[32];
  } catch (e) { return 'err ' + e.name + ': ' + e.message; }
})(${JSON.stringify([sb.clientId, tok.access_token])})`);
console.log(r, Date.now() - t0, 'ms');
await ctx.close(); await sb.close();
