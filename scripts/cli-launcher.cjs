#!/usr/bin/env node
'use strict';
// The `ssojet-sandbox` command (dist/cli.cjs, written by `npm run build` from
// scripts/cli-launcher.cjs). It runs dist/cli.bundle.cjs, the CLI and its dependencies in one
// file (scripts/build-cli.mjs), compiled with V8's code cache when there is a valid one: the
// technique of v8-compile-cache, as Node 20 has no module.enableCompileCache. Without a
// cache (first run, another Node version, a read-only dist/), the bundle is compiled from
// source, then the cache is written once the server listens, for the next start-up.
const { createHash } = require('node:crypto');
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

/** Replaced by the build with the bundle's SHA-256: a cache made for other sources is never used. */
const BUNDLE_SHA256 = '@BUNDLE_SHA256@';
const bundle = join(__dirname, 'cli.bundle.cjs');
// V8 rejects a cache made under other V8 flags; one file per set of Node options keeps two
// ways of running (say, with and without --max-old-space-size) from overwriting each other's.
const key = Buffer.from(`${BUNDLE_SHA256} ${process.version} ${process.arch} ${JSON.stringify([process.execArgv, process.env.NODE_OPTIONS ?? ''])}\n`);
const cacheFile = join(__dirname, `cli.bundle.${createHash('sha256').update(key).digest('hex').slice(0, 12)}.cache`);

let cached;
try {
  const data = readFileSync(cacheFile);
  if (data.subarray(0, key.length).equals(key)) cached = data.subarray(key.length);
} catch { /* no cache yet */ }

// Node's own CommonJS wrapper; a hashbang is not valid inside it (blanked, so lines keep their numbers).
// latin1: the build checks that the bundle is ASCII, and this read is ~50x faster than utf8's.
const source = readFileSync(bundle).toString('latin1').replace(/^#!/, '//');
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData: cached,
});
const bundleModule = { exports: {} };
script.runInThisContext().call(bundleModule.exports, bundleModule.exports, createRequire(bundle), bundleModule, bundle, dirname(bundle));

if (cached === undefined || script.cachedDataRejected) {
  // Written once the server listens (outcome -1), so that the cache holds the functions
  // compiled by a whole start-up, not just the top level; --help and friends write none.
  // Best effort: a read-only dist/ only means the next start-up compiles again.
  bundleModule.exports.outcome.then((code) => {
    if (code !== -1) return;
    setImmediate(() => {
      // Written aside, then renamed: another start-up reads a whole cache or none.
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, Buffer.concat([key, script.createCachedData()]));
        renameSync(tmp, cacheFile);
      } catch {
        rmSync(tmp, { force: true }); // not writable (or full): no cache
      }
    });
  });
}
