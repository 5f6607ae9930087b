import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PathIndex } from '../openapi/path-index.js';
import { originAllowed } from '../services/origin-policy.js';
import type { Store } from '../store/store.js';
import type { Client } from '../store/types.js';

/** The request headers SSOJet's browser calls send besides the CORS-safelisted ones. */
export const corsAllowedHeaders = 'authorization, content-type, x-client-id';
/** Response headers a page may read beyond the safelisted ones. */
export const corsExposedHeaders = 'retry-after';

type Raw = string | string[] | undefined;
function first(value: Raw): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  return value?.find((v) => typeof v === 'string' && v !== '');
}

/**
 * CORS per client. The client is the one the request names (`?client_id=` or `x-client-id`);
 * an origin is granted only if that client's origin policy allows it (the same check the
 * ceremonies use). A preflight carries no header values: it is granted for the client its
 * query names, or, naming none, for an origin that at least one client allows; and only for a
 * method and path that are an operation of openapi.yaml. Anything else gets no grant, so the
 * browser blocks the call; the response itself is unchanged.
 */
export interface CorsDecision {
  /** true for an OPTIONS preflight (Origin + Access-Control-Request-Method). */
  preflight: boolean;
  /** The headers to add; empty = no grant. */
  headers: Record<string, string>;
}

export async function corsDecision(
  store: Store,
  index: PathIndex,
  request: { method: string; path: string; query: Record<string, Raw>; headers: Record<string, Raw> },
): Promise<CorsDecision | null> {
  const origin = first(request.headers.origin);
  if (!origin) return null;
  const requestedMethod = first(request.headers['access-control-request-method']);
  const preflight = request.method === 'OPTIONS' && requestedMethod !== undefined;
  const vary = { vary: 'Origin' };
  const clientId = first(request.query.client_id) ?? (preflight ? undefined : first(request.headers['x-client-id']));

  if (preflight) {
    const method = requestedMethod.toUpperCase();
    const granted = index.has(method, request.path) && await allows(store, clientId, origin);
    return {
      preflight,
      headers: granted
        ? {
          ...vary,
          'access-control-allow-origin': origin,
          'access-control-allow-methods': method,
          'access-control-allow-headers': corsAllowedHeaders,
          'access-control-max-age': '600',
        }
        : vary,
    };
  }
  const client = clientId === undefined ? undefined : await store.getClient(clientId);
  const granted = client !== undefined && originAllowed(client.origins, origin);
  return {
    preflight,
    headers: granted
      ? { ...vary, 'access-control-allow-origin': origin, 'access-control-expose-headers': corsExposedHeaders }
      : vary,
  };
}

async function allows(store: Store, clientId: string | undefined, origin: string): Promise<boolean> {
  const clients: Client[] = clientId === undefined
    ? await store.listClients()
    : [await store.getClient(clientId)].filter((c): c is Client => c !== undefined);
  return clients.some((c) => originAllowed(c.origins, origin));
}

/**
 * The Fastify side: an onRequest hook that adds the headers and answers granted preflights with
 * 204. Callback-style, and done at once for a request without an Origin (every non-browser
 * call): an async hook costs every request a promise and a microtask turn (issue #5).
 */
export function corsHook(store: Store, index: PathIndex) {
  return function cors(request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) {
    if (first(request.headers.origin) === undefined) return done();
    const [path] = request.url.split('?');
    corsDecision(store, index, {
      method: request.method,
      path,
      query: (request.query ?? {}) as Record<string, Raw>,
      headers: request.headers as Record<string, Raw>,
    }).then((decision) => {
      if (!decision) return done();
      reply.headers(decision.headers);
      // A granted preflight is answered here; a refused one goes on to the usual 404/405 envelope.
      if (decision.preflight && decision.headers['access-control-allow-origin']) {
        reply.code(204).send();
        return;
      }
      done();
    }, done);
  };
}
