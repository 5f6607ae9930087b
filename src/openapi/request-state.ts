import type { SandboxError } from '../errors.js';
import type { HandlerResult } from '../handlers/handler.js';
import type { CompiledOperation } from './compile-operations.js';
import type { Principal } from './security.js';

/**
 * What the sandbox knows about a request as it goes through the hooks of its plugin
 * (src/http/sandbox-plugin.ts): the operation its route serves, who is calling, and what was
 * sent, so that the journal records the answer the caller got.
 */
export interface RequestState {
  op: CompiledOperation | null;
  principal: Principal | null;
  sent: HandlerResult | null;
  error: SandboxError | undefined;
  fault: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the sandbox plugin's first hook; null outside it (/docs, /openapi.yaml). */
    sandbox: RequestState | null;
  }
  interface FastifyContextConfig {
    /** The operation a route serves, from openapi.yaml. */
    operationId?: string;
  }
}

export const newRequestState = (op: CompiledOperation | null): RequestState => ({ op, principal: null, sent: null, error: undefined, fault: false });

/** A request URL's path, as received (not decoded), without its query string. */
export function pathOf(url: string): string {
  const queryAt = url.indexOf('?');
  return queryAt < 0 ? url : url.slice(0, queryAt);
}
