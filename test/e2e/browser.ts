// Shared by the e2e tests: a sandbox in-process, Debian's Chromium driven by playwright-core
// with a CDP virtual authenticator, and the demo page's controls. Not a test file itself.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { Test } from 'tap';
import { createSandbox, type Sandbox } from '../../src/create-sandbox.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumFlags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
/** Every wait is bounded: a test stops by itself well within tap's 120 s per file. */
export const WAIT_MS = 15_000;

/**
 * Why the browser tests cannot run here, or undefined when they can. Without Chromium they
 * are skipped with this reason, except under CI (CI=true), where .ci/run installs Chromium and
 * its absence is a failure.
 */
export function skipReason(t: Test): string | false {
  if (existsSync(chromiumPath)) return false;
  const reason = `no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI === 'true') {
    t.fail(`CI=true but ${reason}: .ci/run installs it, so the browser tests must run`);
    return 'failed above';
  }
  t.comment(`skipping the browser tests: ${reason}`);
  return reason;
}

/** One sandbox per test (pinned clock, seed 42), closed in teardown. */
export async function sandbox(t: Test): Promise<Sandbox & { base: string }> {
  const sb = await createSandbox({ seed: 42, clock: '2026-01-01T00:00:00Z', responseValidation: 'error' });
  t.teardown(() => sb.close());
  // Pages open at localhost: the default client's rp_id, which Chromium refuses on 127.0.0.1.
  return Object.assign(sb, { base: `http://localhost:${sb.port}` });
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  authenticatorId: string;
}

/**
 * A fresh Chromium (new user-data-dir) with one tab holding a CDP virtual authenticator:
 * CTAP2, internal transport, resident keys, user verification unless `uv: false`.
 */
export async function openBrowser(t: Test, options: { uv?: boolean } = {}): Promise<Browser> {
  const uv = options.uv ?? true;
  const dir = mkdtempSync(join(tmpdir(), 'ssojet-e2e-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath, args: chromiumFlags, timeout: 30_000 });
  t.teardown(async () => {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  });
  context.setDefaultTimeout(WAIT_MS);
  const page = context.pages()[0] ?? await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable', {});
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2', transport: 'internal', hasResidentKey: true,
      hasUserVerification: uv, isUserVerified: uv, automaticPresenceSimulation: true,
    },
  });
  return { context, page, cdp, authenticatorId };
}

/** The credentials the virtual authenticator holds (ids base64, as CDP gives them). */
export async function heldCredentials(b: Browser): Promise<Array<{ credentialId: string; rpId?: string; signCount: number }>> {
  const { credentials } = await b.cdp.send('WebAuthn.getCredentials', { authenticatorId: b.authenticatorId });
  return credentials;
}

/** Clicks a control of the demo page and waits until the page has finished that action. */
export async function act(page: Page, selector: string): Promise<void> {
  await page.click(selector);
  // (A string, not a function: tsx would wrap a function with helpers the page does not have.)
  await page.waitForFunction("document.body.dataset.busy === 'false'", undefined, { timeout: WAIT_MS });
}

/** Opens the demo page (optionally for another client) and waits until it has loaded. */
export async function openDemo(page: Page, base: string, clientId?: string): Promise<void> {
  await page.goto(`${base}/__sandbox/demo${clientId ? `?client_id=${clientId}` : ''}`);
  await page.waitForFunction("document.body.dataset.busy === 'false'", undefined, { timeout: WAIT_MS });
}

/** The demo page's result panel: status line, claims (if shown) and error explanation (if any). */
export async function outcome(page: Page) {
  return page.evaluate(`({
    status: document.getElementById('status').textContent,
    kind: document.getElementById('status').className,
    claims: document.getElementById('claims').hidden ? null : document.getElementById('claims').textContent,
    envelope: document.getElementById('error-envelope')?.textContent ?? null,
    explanation: document.getElementById('error').hidden ? null : (document.getElementById('explanation')?.textContent ?? null),
  })`) as Promise<{ status: string; kind: string; claims: string | null; envelope: string | null; explanation: string | null }>;
}

/** The passkey rows of the demo page's table: their credential ids. */
export async function passkeyRows(page: Page): Promise<string[]> {
  return page.evaluate("[...document.querySelectorAll('#passkeys tr.passkey')].map((tr) => tr.dataset.id)") as Promise<string[]>;
}
