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
  let operation: Operation;
  try {
    operation = api.router.matchOperation(req, true);
  } catch (err) {
    // openapi-backend parses the request before matching; only these answers read that parse.
    const notAllowed = err instanceof Error && err.message.startsWith('405');
    return answer(api, notAllowed ? 'methodNotAllowed' : 'notFound', contextOf(api, api.router.parseRequest(req)));
  }
  const context = contextOf(api, api.router.parseRequest(req, operation), operation);

  // Security: every scheme any requirement names, each once; a throw or a falsy answer fails it.
  const { requirements, schemes } = securityOf(operation);
  const results: Record<string, unknown> = {};
  for (const name of schemes) {
    results[name] = undefined;
    const handler = api.securityHandlers[name];
    if (!handler) continue;
    try {
      const result = handler(context);
      results[name] = isThenable(result) ? await result : result;
    } catch (error) {
      results[name] = { error: error || new Error('security handler rejected') };
    }
  }
  const satisfied = (name: string) => {
    const result = results[name];
    return Boolean(result) && !(typeof result === 'object' && (result as { error?: unknown }).error);
  };
  const authorized = requirements.some((names) => names.every(satisfied));
  results.authorized = authorized;
  context.security = results as Context['security'];
  if (!authorized && requirements.length > 0) return answer(api, 'unauthorizedHandler', context);

  context.validation = api.validator.validateRequest(req, operation);
  if (context.validation.errors) return answer(api, 'validationFail', context);
  return answer(api, operation.operationId!, context);
}

/** Every field from the start: one object shape for all requests. */
const contextOf = (api: Api, request: Context['request'], operation?: Operation) =>
  ({ api, request, operation, security: undefined, validation: undefined }) as unknown as Context;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/** An operation's security requirements as lists of scheme names, and every name once, in order; read once per operation. */
const security = new WeakMap<Operation, { requirements: string[][]; schemes: string[] }>();
function securityOf(operation: Operation) {
  let found = security.get(operation);
  if (!found) {
    const requirements = (operation.security ?? []).map((requirement) => Object.keys(requirement));
    found = { requirements, schemes: [...new Set(requirements.flat())] };
    security.set(operation, found);
  }
  return found;
}

/** createBackend registers a handler for every operation and outcome, and checks it at boot. */
function answer(api: Api, name: string, context: Context): Routed {
  const handler = api.handlers[name];
  if (!handler) throw new Error(`openapi-backend has no handler ${name}`);
  return handler(context) as Routed;
}
