// `npm run build`, after tsc: the CLI as one CommonJS file, dist/cli.bundle.cjs, run by
// dist/cli.cjs (scripts/cli-launcher.cjs) with a V8 code cache. Start-up was ~half module
// loading: resolving, reading and compiling ~400 files (issue #5).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
/** Left in node_modules, because they find files beside themselves or are native. */
const external = [
  'better-sqlite3', // native addon (DATA_FILE only)
  '@fastify/swagger', '@fastify/swagger-ui', // Swagger UI's static files (first /docs request)
  'thread-stream', 'pino-pretty', // pino's transport worker and its target (pretty logs on a TTY)
];
const dist = (name) => `${root}dist/${name}`;

/**
 * `import('x')` of a package left external (or of a Node built-in) would stay an `import()`, which a script compiled
 * by the launcher (vm.Script) cannot run (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING, with a code
 * cache). Such an import gets a one-line module instead, `module.exports = require('x')`,
 * evaluated at the same moment the import was (the packages left external are CommonJS).
 * What esbuild cannot see stays: json-schema-ref-parser's `import(name)` of node:http(s) and
 * node:dns/promises, used only to fetch a remote `$ref`; openapi.yaml (the only spec the CLI
 * loads) has none, so they are never reached.
 */
const lazyRequire = {
  name: 'lazy-require',
  setup(b) {
    const outside = (path) => external.includes(path) || builtinModules.includes(path.replace(/^node:/, ''));
    b.onResolve({ filter: /^[@\w]/ }, (args) => (args.kind === 'dynamic-import' && outside(args.path) ? { path: args.path, namespace: 'lazy-require' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-require' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

const result = await build({
  entryPoints: [`${root}src/cli.ts`],
  outfile: dist('cli.bundle.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external,
  plugins: [lazyRequire],
  metafile: true,
  // src/ finds package.json, openapi.yaml and installed packages from import.meta.url.
  define: { 'import.meta.url': '__bundle_url' },
  banner: { js: 'var __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
  // No comments (they held the only non-ASCII text, which made V8 read the whole file as a
  // two-byte string) and no whitespace; names are kept, so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});

const dynamicImports = Object.values(result.metafile.outputs).flatMap((o) => o.imports).filter((i) => i.kind === 'dynamic-import' && i.external);
if (dynamicImports.length > 0) throw new Error(`dist/cli.bundle.cjs would import() ${dynamicImports.map((i) => i.path).join(', ')}: add them to \`external\``);
const bundled = readFileSync(dist('cli.bundle.cjs'));
// The launcher reads it as latin1, which is right only for ASCII (esbuild escapes non-ASCII
// in strings and regular expressions; comments, which it would not, are dropped above).
const nonAscii = bundled.findIndex((byte) => byte > 0x7f);
if (nonAscii >= 0) throw new Error(`dist/cli.bundle.cjs is not ASCII at byte ${nonAscii}: ${bundled.subarray(nonAscii - 60, nonAscii + 20).toString()}`);
const bundleSha = createHash('sha256').update(bundled).digest('hex');
writeFileSync(dist('cli.cjs'), readFileSync(`${root}scripts/cli-launcher.cjs`, 'utf8').replace('@BUNDLE_SHA256@', bundleSha));
chmodSync(dist('cli.cjs'), 0o755);
process.stdout.write(`wrote ${dist('cli.cjs')} and ${dist('cli.bundle.cjs')}\n`);

// One start-up of the default scenario writes the code cache (dist/cli.bundle.<key>.cache). If
// it cannot (no loopback here, say), the first `npm start` writes it instead. Caches of earlier
// bundles would never be read again: removed.
const caches = () => readdirSync(dist('')).filter((name) => /^cli\.bundle\.\w+\.cache$/.test(name));
for (const name of caches()) rmSync(dist(name));
const { configKeys } = await import(dist('src/config.js'));
const env = { ...process.env };
for (const k of configKeys) delete env[k.env];
const child = spawn(process.execPath, [dist('cli.cjs'), '--port', '0', '--host', '127.0.0.1', '--log-level', 'silent'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
const exited = new Promise((resolve) => child.once('exit', resolve));
const deadline = Date.now() + 60_000;
while (caches().length === 0 && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
child.kill('SIGTERM');
await exited;
process.stdout.write(caches().length > 0 ? `wrote ${dist(caches()[0])}\n` : 'no code cache written (the first start-up will write it)\n');
