import type { FastifyPluginCallback, onSendHookHandler, preValidationHookHandler } from 'fastify';
import type { ErrorBody } from '../errors.js';
import type { HandlerDeps } from '../handlers/handler.js';
import type { CompiledOperation } from '../openapi/compile-operations.js';
import type { PathIndex } from '../openapi/path-index.js';
import { notFoundHandler, registerRoutes, type RouteOptions } from '../openapi/register-routes.js';
import { newRequestState, pathOf, type RequestState } from '../openapi/request-state.js';
import { sendResult } from '../openapi/respond.js';
import { faultBody } from '../sandbox/fault-injector.js';
import type { JournalRecord } from '../sandbox/journal.js';

export interface SandboxPluginOptions extends RouteOptions {
  operations: CompiledOperation[];
  index: PathIndex;
}

/**
 * The API as one Fastify plugin: the spec's routes and the not-found handler, and the
 * sandbox's own concerns as hooks around them: the request's state first, queued faults
 * (before security and validation, so a fault answers whatever the request), and the journal
 * of what was answered (onSend, so an entry is there before the caller has its answer).
 */
export const sandboxPlugin: FastifyPluginCallback<SandboxPluginOptions> = (app, options, done) => {
  const { operations, index, emulated, deps } = options;
  const byId = new Map(operations.map((op) => [op.operationId, op]));
  app.decorateRequest('sandbox', null);
  app.addHook('onRequest', (request, _reply, next) => {
    const operationId = request.routeOptions.config.operationId;
    request.sandbox = newRequestState(operationId === undefined ? null : byId.get(operationId) ?? null);
    next();
  });
  app.addHook('preValidation', faultHook(deps, emulated, options));
  app.addHook('onSend', journalHook(deps, emulated));
  registerRoutes(app, operations, options);
  app.setNotFoundHandler(notFoundHandler(index, options));
  done();
};

/** The next queued fault of the operation: a delay, then either the normal path or the fault's answer. */
function faultHook(deps: HandlerDeps, emulated: ReadonlySet<string>, { api, responseValidation }: RouteOptions): preValidationHookHandler {
  return (request, reply, next) => {
    const state = request.sandbox!;
    const operationId = state.op?.operationId;
    const fault = operationId !== undefined && emulated.has(operationId) ? deps.runtime.faults.take(operationId) : undefined;
    if (!fault) return next();
    const go = () => {
      if (fault.status === null) return next();
      state.fault = true;
      sendResult(request, reply, { status: fault.status, body: faultBody(fault) }, api, responseValidation);
    };
    if (fault.delay_ms > 0) setTimeout(go, fault.delay_ms);
    else go();
  };
}

/** One journal entry per answer outside /__sandbox/, with the error it carried (set in place: it is on every request's path). */
function journalHook(deps: HandlerDeps, emulated: ReadonlySet<string>): onSendHookHandler {
  return (request, _reply, payload, next) => {
    const state = request.sandbox;
    const sent = state?.sent;
    if (!state || !sent) return next(null, payload);
    const path = pathOf(request.url);
    if (state.op ? !emulated.has(state.op.operationId) : path.startsWith('/__sandbox/')) return next(null, payload);
    const entry: JournalRecord = { method: request.method, path, operation: state.op?.operationId ?? null, status: sent.status, client_id: clientIdOf(state, request.query, request.headers) };
    const body = sent.body as Partial<ErrorBody> | undefined;
    if (sent.status >= 400 && body?.error) {
      entry.error = body.error;
      entry.error_description = body.error_description;
    } else if (sent.status >= 400 && state.error) {
      // A refusal answered with a page (Verify Magic Link): the journal still names it.
      entry.error = state.error.id;
      entry.error_description = state.error.message;
    }
    // A refusal's explanation, or that of an answer that refuses without an error body (an OAuth
    // error redirect, RFC 6749 §4.1.2.1).
    const explanation = state.error?.explanation ?? sent.explanation;
    if (explanation) entry.explanation = explanation;
    if (state.fault) entry.fault = true;
    deps.runtime.journal.record(entry);
    next(null, payload);
  };
}

/** The client a journal entry belongs to: the resolved one, else whatever id the request carried. */
function clientIdOf(state: RequestState, query: unknown, headers: Record<string, unknown>): string | null {
  const resolved = state.principal?.client?.client_id;
  if (resolved) return resolved;
  const raw = [(query as Record<string, unknown> | undefined)?.client_id, headers['x-client-id']].flat().find((v) => typeof v === 'string' && v !== '');
  return typeof raw === 'string' ? raw : null;
}
