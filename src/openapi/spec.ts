import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { OpenAPIV3 } from 'openapi-types';
import { packageRoot } from '../lib/package-root.js';

export const specPath = join(packageRoot, 'openapi.yaml');

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
  cachedDocument ??= parse(specText()) as OpenAPIV3.Document;
  return structuredClone(cachedDocument);
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
