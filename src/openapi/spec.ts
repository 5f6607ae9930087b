import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { OpenAPIV3 } from 'openapi-types';
import { packageRoot } from '../lib/package-root.js';

export const specPath = join(packageRoot, 'openapi.yaml');
/**
 * openapi.yaml parsed to JSON by `npm run build` (dist/openapi.json): the YAML parse was ~13 % of
 * the sandbox's start-up CPU, JSON.parse of the same document is ~50x cheaper. Used only when
 * its recorded SHA-256 is the current openapi.yaml's, so an edited spec is never served stale.
 */
export const specCachePath = join(packageRoot, 'dist', 'openapi.json');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/**
 * The yaml package, loaded on first use (synchronously, as loadSpec is): with the cache, a
 * start-up with the control API on never parses or writes YAML, and the import alone was ~80 ms
 * of CPU (74 modules).
 */
const yaml = () => createRequire(import.meta.url)('yaml') as typeof import('yaml');

let cachedText: string | undefined;
let cachedDocument: OpenAPIV3.Document | undefined;

/** The spec's text, read once per process (served as-is at /openapi.yaml). */
export function specText(): string {
  return (cachedText ??= readFileSync(specPath, 'utf8'));
}

/**
 * A fresh copy of the parsed spec. openapi-backend dereferences its definition in place, so
 * every consumer (backend, swagger, tests) gets its own copy.
 */
export function loadSpec(): OpenAPIV3.Document {
  cachedDocument ??= parseSpec();
  return structuredClone(cachedDocument);
}

function parseSpec(): OpenAPIV3.Document {
  const text = specText();
  if (existsSync(specCachePath)) {
    try {
      const cached = JSON.parse(readFileSync(specCachePath, 'utf8')) as { sha256: string; document: OpenAPIV3.Document };
      if (cached.sha256 === sha256(text)) return cached.document;
    } catch { /* unreadable cache: parse the YAML */ }
  }
  return yaml().parse(text) as OpenAPIV3.Document;
}

/** Writes dist/openapi.json (run by `npm run build`). */
export function writeSpecCache(): string {
  const text = specText();
  writeFileSync(specCachePath, JSON.stringify({ sha256: sha256(text), document: yaml().parse(text) }));
  return specCachePath;
}

/** A spec document as YAML text (served at /openapi.yaml when it is not the file itself). */
export function specYaml(spec: OpenAPIV3.Document): string {
  return yaml().stringify(spec);
}

/** The spec with the sandbox control API removed (SANDBOX_API=off): its routes then 404. */
export function withoutSandboxApi(spec: OpenAPIV3.Document): OpenAPIV3.Document {
  const paths = Object.fromEntries(Object.entries(spec.paths).filter(([path]) => !path.startsWith('/__sandbox/')));
  return { ...spec, paths, tags: spec.tags?.filter((t) => t.name !== 'sandbox') };
}

/** The operationIds of the emulated SSOJet API (everything outside /__sandbox/). */
export function emulatedOperations(spec: OpenAPIV3.Document): string[] {
  return Object.entries(spec.paths)
    .filter(([path]) => !path.startsWith('/__sandbox/'))
    .flatMap(([, item]) => Object.values(item ?? {}))
    .flatMap((op) => (op && typeof op === 'object' && 'operationId' in op ? [String(op.operationId)] : []));
}
