import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../lib/package-root.js';
import { demoAsset } from '../../sandbox/demo-assets.js';

/**
 * The sign-in page's two scripts, served under the issuer (not /__sandbox/, which SANDBOX_API=off
 * removes): its own (public/oidc/sign-in.js) and @simplewebauthn/browser's bundle, the same file
 * the demo page uses, so the page needs no CDN.
 */
const files: Record<string, () => string> = {
  'sign-in.js': () => readFileSync(join(packageRoot, 'public', 'oidc', 'sign-in.js'), 'utf8'),
  'simplewebauthn-browser.js': () => demoAsset('simplewebauthn-browser.js').body,
};
const cache = new Map<string, string>();

/** The script named, or undefined for a name not on the list. */
export function signInAsset(name: string): string | undefined {
  if (!Object.hasOwn(files, name)) return undefined;
  let body = cache.get(name);
  if (body === undefined) cache.set(name, (body = files[name]()));
  return body;
}
