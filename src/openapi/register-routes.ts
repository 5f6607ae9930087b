import type { FastifyInstance, FastifyReply, FastifyRequest, preValidationHookHandler } from 'fastify';
import { SandboxError } from '../errors.js';
import type { HandlerDeps } from '../handlers/handler.js';
import { handlerOf } from '../handlers/index.js';
import { dropScope } from '../sandbox/fault-injector.js';
import type { CompiledOperation } from './compile-operations.js';
import type { Api } from './create-backend.js';
import type { PathIndex } from './path-index.js';
import { pathOf } from './request-state.js';
import { failure, internalError, recordRefusal, sendResult, type ResponseValidation } from './respond.js';
import { authorize, bearerUser, securitySchemes } from './security.js';
import { validateRequest } from './validate-request.js';

type Raw = Record<string, string | string[] | undefined>;
export interface RouteOptions {
  api: Api;
  deps: HandlerDeps;
  responseValidation: ResponseValidation;
  /** The operationIds of the emulated SSOJet API: only these take faults and are journaled. */
  emulated: ReadonlySet<string>;
}

/**
 * One Fastify route per operation of openapi.yaml (`{param}` as `:param`, the operationId in
 * the route's config; Fastify adds HEAD to each GET), as stripe-mock compiles its router from
 * its spec. Each route checks the request in a preValidation hook (security, then the
 * operation's compiled validators, on what Fastify parsed), then runs the operation's handler.
 */
export function registerRoutes(app: FastifyInstance, operations: CompiledOperation[], { api, deps, responseValidation, emulated }: RouteOptions): void {
  const schemes = securitySchemes(deps.svc);
  const checkRequest: preValidationHookHandler = (request, _reply, done) => {
    const state = request.sandbox!;
    const op = state.op!;
    const parts = { params: request.params, query: request.query as Raw, headers: request.headers as Raw, body: request.body };
    if (op.schemes.length === 0) return done(validateRequest(op, parts) ?? undefined);
    authorize(deps.svc, schemes, op, parts).then((principal) => {
      state.principal = principal;
      done(validateRequest(op, parts) ?? undefined);
    }, done);
  };
  for (const op of operations) {
    // createBackend has refused to boot a spec with an operation that has no handler.
    const handler = handlerOf(op.operationId)!;
    const takesDrops = emulated.has(op.operationId);
    app.route({
      method: op.method,
      url: op.url,
      config: { operationId: op.operationId },
      preValidation: checkRequest,
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        let result;
        try {
          const principal = request.sandbox!.principal;
          const user = principal ? await bearerUser(deps.svc, principal) : null;
          const input = {
            params: request.params,
            query: request.query,
            headers: request.headers,
            body: request.body,
            client: principal?.client ?? null,
            user,
            claims: principal?.claims ?? null,
            ip: request.ip,
          };
          // Looked up only while a drop_delivery fault waits: the usual request pays nothing.
          const drop = takesDrops && deps.runtime.faults.hasDrops && deps.runtime.faults.takeDrop(op.operationId);
          result = await (drop ? dropScope.run(true, () => handler(input, deps)) : handler(input, deps));
          if (result.refusal) recordRefusal(request, result.refusal);
        } catch (err) {
          result = err instanceof SandboxError ? failure(request, err) : internalError(request, err);
        }
        return sendResult(request, reply, result, api, responseValidation);
      },
    });
  }
}

/** Fastify's "no route", for every method: 405 naming the methods a known path has, else 404. */
export function notFoundHandler(index: PathIndex, { api, responseValidation }: RouteOptions) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const path = pathOf(request.url);
    const { error, methods } = index.refusal(request.method, path);
    if (methods.length > 0) reply.header('allow', (methods.includes('GET') ? [...methods, 'HEAD'] : methods).join(', '));
    return sendResult(request, reply, failure(request, error), api, responseValidation);
  };
}
