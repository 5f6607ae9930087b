import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packageRoot } from '../lib/package-root.js';

/**
 * The demo page's files: a fixed allow-list, read once. The page's own files live in
 * public/demo/ (shipped with the package); @simplewebauthn/browser's UMD bundle comes from
 * the installed package, so the page needs no CDN.
 */
const demoDir = join(packageRoot, 'public', 'demo');

function simpleWebAuthnBundle(): string {
  // The package's exports map hides package.json: resolve its CommonJS entry (script/index.js)
  // and go up to the package folder.
  const entry = createRequire(import.meta.url).resolve('@simplewebauthn/browser');
  return join(dirname(dirname(entry)), 'dist', 'bundle', 'index.es5.umd.min.js');
}

const files = {
  'index.html': { file: () => join(demoDir, 'index.html'), type: 'text/html; charset=utf-8' },
  'demo.js': { file: () => join(demoDir, 'demo.js'), type: 'text/javascript; charset=utf-8' },
  'mfa.js': { file: () => join(demoDir, 'mfa.js'), type: 'text/javascript; charset=utf-8' },
  'demo.css': { file: () => join(demoDir, 'demo.css'), type: 'text/css; charset=utf-8' },
  'simplewebauthn-browser.js': { file: simpleWebAuthnBundle, type: 'text/javascript; charset=utf-8' },
} as const;

export type DemoAsset = keyof typeof files;

const cache = new Map<DemoAsset, string>();

export function demoAsset(name: DemoAsset): { body: string; type: string } {
  const entry = files[name];
  let body = cache.get(name);
  if (body === undefined) {
    body = readFileSync(entry.file(), 'utf8');
    cache.set(name, body);
  }
  return { body, type: entry.type };
}

export function isDemoAsset(name: string): name is DemoAsset {
  return Object.hasOwn(files, name);
}
