import type { Context, Operation, Request } from 'openapi-backend';
import type { Api, Routed } from './create-backend.js';

/**
 * openapi-backend's handleRequest, step for step, without what the sandbox does not use
 * (pre/post hooks, coercion, the 501 handler) and without its per-request machinery: the
 * security handlers run one after another instead of through Promise.all and lodash, which
 * was a third of openapi-backend's cost on Check Status (issue #5). The decisions are still
 * openapi-backend's: its router matches the operation (404/405), its handlers answer, and its
 * validator checks the request against the operation's compiled schemas.
 */
export async function routeRequest(api: Api, req: Request): Promise<Routed> {
  const context = { api } as Context;
  context.request = api.router.parseRequest(req);
  let operation: Operation;
  try {
    operation = api.router.matchOperation(req, true);
  } catch (err) {
    const notAllowed = err instanceof Error && err.message.startsWith('405');
    return answer(api, notAllowed ? 'methodNotAllowed' : 'notFound', context);
  }
  context.operation = operation;
  context.request = api.router.parseRequest(req, operation);

  // Security: every scheme any requirement names, each once; a throw or a falsy answer fails it.
  const requirements = operation.security ?? [];
  const results: Record<string, unknown> = {};
  for (const requirement of requirements) {
    for (const name of Object.keys(requirement)) {
      if (name in results) continue;
      results[name] = undefined;
      const handler = api.securityHandlers[name];
      if (!handler) continue;
      try {
        results[name] = await handler(context);
      } catch (error) {
        results[name] = { error: error || new Error('security handler rejected') };
      }
    }
  }
  const satisfied = (name: string) => {
    const result = results[name];
    return Boolean(result) && !(typeof result === 'object' && (result as { error?: unknown }).error);
  };
  const authorized = requirements.some((requirement) => Object.keys(requirement).every(satisfied));
  context.security = { ...results, authorized };
  if (!authorized && requirements.length > 0) return answer(api, 'unauthorizedHandler', context);

  context.validation = api.validator.validateRequest(req, operation);
  if (context.validation.errors) return answer(api, 'validationFail', context);
  return answer(api, operation.operationId!, context);
}

/** createBackend registers a handler for every operation and outcome, and checks it at boot. */
function answer(api: Api, name: string, context: Context): Routed {
  const handler = api.handlers[name];
  if (!handler) throw new Error(`openapi-backend has no handler ${name}`);
  return handler(context) as Routed;
}
