import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from 'openapi-backend';
import { setTimeout as sleep } from 'node:timers/promises';
import { SandboxError, internalError, renderError, type ErrorBody } from '../errors.js';
import { faultBody } from '../sandbox/fault-injector.js';
import type { JournalRecord } from '../sandbox/journal.js';
import type { HandlerDeps, HandlerInput, HandlerResult } from '../handlers/handler.js';
import { handlers } from '../handlers/index.js';
import type { AccessTokenClaims } from '../services/token-service.js';
import type { Client } from '../store/types.js';
import type { Api, Routed } from './create-backend.js';
import { checkedResult } from './respond.js';
import { routeRequest } from './route-request.js';

/**
 * The one catch-all route: everything under the emulated API and /__sandbox goes through
 * openapi-backend (route, security, validate), then one handler, then one send path.
 */
export function createDispatcher(api: Api, deps: HandlerDeps, responseValidation: 'off' | 'warn' | 'error') {
  return async function dispatch(request: FastifyRequest, reply: FastifyReply) {
    const { url } = request;
    const queryAt = url.indexOf('?');
    const path = queryAt < 0 ? url : url.slice(0, queryAt);
    // HEAD is GET without a body (RFC 9110 §9.3.2); Node drops the body for us.
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    let routed: Routed;
    try {
      routed = await routeRequest(api, {
        method,
        path,
        query: request.query as Record<string, string | string[]>,
        headers: request.headers as Record<string, string | string[]>,
        body: request.body,
      });
    } catch (err) {
      const sent = unexpected(request, err);
      if (!path.startsWith('/__sandbox/')) {
        deps.runtime.journal.record(withErrorFields({ method: request.method, path, operation: null, status: sent.status, client_id: null }, sent));
      }
      return reply.code(sent.status).send(sent.body);
    }
    const operationId = routed.context.operation?.operationId;
    const recorded = !path.startsWith('/__sandbox/');
    let error: SandboxError | undefined;
    let result: HandlerResult;
    const fault = operationId && recorded ? deps.runtime.faults.take(operationId) : undefined;
    if (fault && fault.delay_ms > 0) await sleep(fault.delay_ms);
    if (fault && fault.status !== null) {
      result = { status: fault.status, body: faultBody(fault) };
    } else if (routed.kind === 'error') {
      error = routed.error;
      result = failure(request, error);
    } else {
      try {
        const input = await handlerInput(routed.context, deps, request);
        result = await handlers[operationId!](input, deps);
      } catch (err) {
        error = err instanceof SandboxError ? err : undefined;
        result = error ? failure(request, error) : unexpected(request, err);
      }
    }
    const sent = checkedResult(request, api, operationId, result, responseValidation);
    if (recorded) {
      const entry = withErrorFields({ method: request.method, path, operation: operationId ?? null, status: sent.status, client_id: clientIdOf(routed.context, request) }, sent);
      if (error?.explanation && sent === result) entry.explanation = error.explanation;
      else if (result.explanation && sent === result) entry.explanation = result.explanation;
      if (fault && fault.status !== null) entry.fault = true;
      deps.runtime.journal.record(entry);
    }
    if (sent.headers) reply.headers(sent.headers);
    return reply.code(sent.status).send(sent.body);
  };
}

/** A journal entry gets the error and its description of an error answer (set in place: it is on every request's path). */
function withErrorFields(entry: JournalRecord, result: HandlerResult): JournalRecord {
  const body = result.body as Partial<ErrorBody> | undefined;
  if (result.status >= 400 && body?.error) {
    entry.error = body.error;
    entry.error_description = body.error_description;
  }
  return entry;
}

/** The client a journal entry belongs to: the resolved one, else whatever id the request carried. */
function clientIdOf(context: Context, request: FastifyRequest): string | null {
  const security = (context.security ?? {}) as Record<string, { client_id?: string } | undefined>;
  const resolved = security.ClientIdQuery?.client_id ?? security.ClientIdHeader?.client_id;
  if (resolved) return resolved;
  const query = (request.query ?? {}) as Record<string, unknown>;
  const raw = [query.client_id, request.headers['x-client-id']].flat().find((v) => typeof v === 'string' && v !== '');
  return typeof raw === 'string' ? raw : null;
}

async function handlerInput(context: Context, deps: HandlerDeps, request: FastifyRequest): Promise<HandlerInput> {
  const security = (context.security ?? {}) as Record<string, unknown>;
  const client = (security.ClientIdQuery ?? security.ClientIdHeader ?? null) as Client | null;
  const claims = security.BearerAuth as AccessTokenClaims | undefined;
  let user = null;
  if (claims && client) {
    if (claims.client_id !== client.client_id) {
      throw new SandboxError('invalid_token', { problem: `The Bearer token was issued to client ${claims.client_id}, not ${client.client_id}` });
    }
    user = await deps.svc.store.getUser(client.client_id, claims.sub) ?? null;
    if (!user) throw new SandboxError('invalid_token', { problem: `The Bearer token's user ${claims.sub} no longer exists in client ${client.client_id}` });
  }
  return {
    params: context.request.params as Record<string, string>,
    query: context.request.query as Record<string, string>,
    headers: request.headers,
    body: request.body,
    client,
    user,
    ip: request.ip,
  };
}

function failure(request: FastifyRequest, error: SandboxError): HandlerResult {
  if (error.explanation) request.log.info({ explanation: error.explanation, error: error.id }, 'request refused');
  return { status: error.status, body: renderError(error), ...(error.headers ? { headers: error.headers } : {}) };
}

function unexpected(request: FastifyRequest, err: unknown): HandlerResult {
  request.log.error({ err }, 'unexpected error');
  const error = internalError();
  return { status: error.status, body: renderError(error) };
}
