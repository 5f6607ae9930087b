import { SandboxError } from '../errors.js';
import type { CompiledOperation } from './compile-operations.js';
import { fixFor } from './near-misses.js';

/** The order in which a 405 lists the allowed methods (as it did before: GET, POST, PUT, PATCH, DELETE). */
const order = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Which methods the spec has at a concrete path: what turns Fastify's "no route" into a 405
 * listing them, or a 404, and what a CORS preflight is granted for. Paths are read as Fastify's
 * router reads them (src/app.ts): repeated slashes as one, a trailing slash ignored, percent-
 * encoding decoded except for a `/` inside a segment. Consulted only off the routed path.
 */
export class PathIndex {
  private readonly entries: Array<{ pattern: RegExp; methods: string[] }>;

  constructor(operations: CompiledOperation[]) {
    const byPath = new Map<string, string[]>();
    for (const op of operations) byPath.set(op.path, [...(byPath.get(op.path) ?? []), op.method]);
    this.entries = [...byPath].map(([path, methods]) => ({
      pattern: new RegExp(`^${path.split(/\{[^}]+\}/).map(escape).join('[^/]+')}$`),
      methods: methods.sort((a, b) => rank(a) - rank(b)),
    }));
  }

  /** The methods at `path` (no query string), in the 405's order; none: no such path. */
  methodsAt(path: string): string[] {
    const normalized = normalize(path);
    const found = new Set<string>();
    for (const entry of this.entries) if (entry.pattern.test(normalized)) entry.methods.forEach((m) => found.add(m));
    return [...found].sort((a, b) => rank(a) - rank(b));
  }

  /** The answer to a method and path that are no operation: 405 naming the path's methods, else 404. */
  refusal(method: string, path: string): { error: SandboxError; methods: string[] } {
    const methods = this.methodsAt(path);
    const error = methods.length === 0
      ? new SandboxError('resource_not_found', { missing: `No operation at ${method} ${path}`, fix: fixFor(normalize(path)) })
      : new SandboxError('method_not_allowed', { method, path, allowed: methods.join(', ') });
    return { error, methods };
  }

  /** Whether `method` (HEAD counts as GET) is an operation at `path`. */
  has(method: string, path: string): boolean {
    const wanted = method.toUpperCase();
    return this.methodsAt(path).includes(wanted === 'HEAD' ? 'GET' : wanted);
  }
}

const rank = (method: string) => (order.includes(method) ? order.indexOf(method) : order.length);

function normalize(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch { /* a bad escape: Fastify's router refuses the URL before this is asked */ }
  const collapsed = decoded.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 && collapsed.endsWith('/') ? collapsed.slice(0, -1) : collapsed;
}
