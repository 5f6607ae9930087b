#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, configKeys, loadConfig } from './config.js';
import { packageRoot } from './lib/package-root.js';

const version = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
const flag = (env: string) => env.toLowerCase().replace(/_/g, '-');

function help(): string {
  const rows = configKeys.map((k) => `  --${flag(k.env).padEnd(22)} ${k.env.padEnd(22)} ${k.help}`);
  return [
    `ssojet-sandbox ${version}: a local, stateful emulator of the SSOJet API with real passkeys`,
    '',
    'Usage: ssojet-sandbox [--flag value ...]',
    '',
    'Every flag has an environment variable of the same meaning (the flag wins):',
    ...rows,
    '  --help                                        this text',
    '  --version                                     print the version',
    '',
    'Example: ssojet-sandbox --port 0 --seed 42 --scenario default',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        ...Object.fromEntries(configKeys.map((k) => [flag(k.env), { type: 'string' as const }])),
      },
      strict: true,
    });
  } catch (err) {
    process.stderr.write(`ssojet-sandbox: ${(err as Error).message} (see --help)\n`);
    return 2;
  }
  if (parsed.values.help) { process.stdout.write(help() + '\n'); return 0; }
  if (parsed.values.version) { process.stdout.write(version + '\n'); return 0; }
  const overrides: Record<string, string> = {};
  for (const k of configKeys) {
    const v = (parsed.values as Record<string, unknown>)[flag(k.env)];
    if (typeof v === 'string') overrides[k.env] = v;
  }
  try {
    const config = loadConfig(process.env, overrides);
    // Imported here so that --help, --version and config errors answer without loading Fastify.
    const { startServer } = await import('./server.js');
    await startServer(config);
    return -1; // keep running
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`ssojet-sandbox: invalid configuration: ${err.message}\n`);
      return 2;
    }
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') {
      process.stderr.write(`ssojet-sandbox: port ${(e as { port?: number }).port ?? ''} is already in use; pick another with --port or PORT (0 = any free port)\n`);
      return 1;
    }
    process.stderr.write(`ssojet-sandbox: could not start: ${e.message}\n`);
    return 1;
  }
}

/**
 * What the CLI did: exited with a code, or -1 once its server listens (the launcher, dist/cli.cjs,
 * writes its code cache then). Not top-level await: the CLI is bundled as CommonJS.
 */
export const outcome = main(process.argv.slice(2)).then((code) => {
  if (code >= 0) process.exit(code);
  return code;
});
