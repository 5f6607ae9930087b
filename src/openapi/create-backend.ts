import { OpenAPIBackend, type Context, type Operation, type Request } from 'openapi-backend';
import type { OpenAPIV3 } from 'openapi-types';
import { SandboxError } from '../errors.js';
import type { HandlerDeps } from '../handlers/handler.js';
import { handlers } from '../handlers/index.js';
import type { Services } from '../services/services.js';
import { ajvOptions, customizeAjv } from './create-ajv.js';
import { installFastRequestParser } from './fast-request-parser.js';
import { installFastRequestValidator } from './fast-request-validator.js';
import { resolveClient } from './resolve-client.js';
import { validationError } from './validation-error.js';

export type Api = OpenAPIBackend;

/** Every outcome of routing a request through the spec, for the dispatcher to send. */
export type Routed =
  | { kind: 'operation'; context: Context }
  | { kind: 'error'; error: SandboxError; context: Context };

const resolvedClient = Symbol('resolvedClient');
const header = (context: Context, name: string) => context.request.headers[name] as string | string[] | undefined;

/**
 * openapi-backend, built once per app: routing, security and validation all come from
 * openapi.yaml. Fails at boot if the spec and the handler map disagree, either way.
 */
export async function createBackend(definition: OpenAPIV3.Document, svc: Services): Promise<Api> {
  const operationIds = Object.values(definition.paths).flatMap((item) =>
    Object.values(item ?? {}).flatMap((op) => (op && typeof op === 'object' && 'operationId' in op ? [op.operationId as string] : [])));
  const missing = operationIds.filter((id) => !handlers[id]);
  if (missing.length > 0) throw new Error(`openapi.yaml has operations without a handler in src/handlers/: ${missing.join(', ')}`);

  // The lookup rides on the parsed request (a WeakMap of short-lived keys costs the GC more).
  const clientOnce = (c: Context) => {
    const request = c.request as Context['request'] & { [resolvedClient]?: ReturnType<typeof resolveClient> };
    return (request[resolvedClient] ??= resolveClient(svc.store, c.request.query, c.request.headers));
  };
  const routed = (kind: 'error', error: SandboxError) => (context: Context): Routed => ({ kind, error, context });
  const api = new OpenAPIBackend({
    definition,
    strict: true,
    // quick: skip the meta-schema check of the spec and compile each operation's validators on
    // first use; init() drops from ~0.6-1.1 s to a few ms. The spec is checked against the OAS
    // meta-schema by test/contract/spec-meta.test.ts instead of at every boot.
    quick: true,
    validate: true,
    // validateSchema: false: Ajv would compile its JSON Schema meta-schema (~60 ms, in each of
    // openapi-backend's Ajv instances) to check schemas that test/contract/spec-meta.test.ts
    // already checks with it on (issue #5, start-up).
    ajvOpts: { ...ajvOptions, validateSchema: false },
    customizeAjv: (ajv) => customizeAjv(ajv),
    securityHandlers: {
      // Both schemes accept the id from either place, so they share one lookup per request.
      ClientIdQuery: (c: Context) => clientOnce(c),
      ClientIdHeader: (c: Context) => clientOnce(c),
      BearerAuth: async (c: Context) => {
        const auth = header(c, 'authorization');
        const value = Array.isArray(auth) ? auth[0] : auth;
        const match = value?.match(/^Bearer\s+(\S+)$/i);
        if (!match) {
          throw new SandboxError('invalid_token', { problem: 'Authorization: Bearer <access token> is required' });
        }
        return svc.tokens.verify(match[1]);
      },
    },
  });
  await api.init();
  memoizeOperations(api);
  // Registered once the operation list is memoized: openapi-backend looks each id up with
  // getOperation, which rebuilt the whole list every time (~40 lookups, ~50-90 ms of start-up).
  api.register({
    notFound: (c: Context) => routed('error', new SandboxError('resource_not_found', { missing: `No operation at ${c.request.method.toUpperCase()} ${c.request.path}`, fix: 'see /docs for the API' }))(c),
    methodNotAllowed: (c: Context) => routed('error', new SandboxError('method_not_allowed', { method: c.request.method.toUpperCase(), path: c.request.path, allowed: allowedMethods(api, c.request.path).join(', ') }))(c),
    validationFail: (c: Context) => routed('error', validationError(c.validation.errors ?? []))(c),
    unauthorizedHandler: (c: Context) => routed('error', securityError(c))(c),
    ...Object.fromEntries(operationIds.map((id) => [id, (c: Context): Routed => ({ kind: 'operation', context: c })])),
  });
  installFastRequestParser(api);
  installFastRequestValidator(api);
  return api;
}

/**
 * openapi-backend's router rebuilds the flattened operation list (a lodash chain over every
 * path) on each getOperations()/getOperation() call, and a request makes several: routing,
 * request validation, response validation. The definition never changes after init(), so the
 * list is built once. Measured on Check Status: ~20 % of the server's CPU before (issue #5).
 */
function memoizeOperations(api: Api): void {
  const router = api.router;
  const operations = router.getOperations();
  const byId = new Map(operations.map((op) => [op.operationId, op]));
  router.getOperations = () => operations;
  router.getOperation = (operationId: string) => byId.get(operationId);
  memoizeMatches(api);
}

/**
 * Which operation a method and path name never changes either, yet matchOperation works it out
 * per call (a filter over every operation, and for templated paths a RegExp compiled per
 * operation per call). Its answer (an operation, or its 404 / 405) is kept per normalized
 * method and path; paths carry ids, so the memo is bounded and starts over when full.
 */
function memoizeMatches(api: Api, limit = 2048): void {
  const router = api.router;
  const original = router.matchOperation.bind(router) as (req: Request, strict?: boolean) => Operation | undefined;
  type Outcome = Operation | Error;
  const memo = new Map<string, Outcome>();
  router.matchOperation = ((req: Request, strict?: boolean) => {
    const { method, path } = router.normalizeRequest(req);
    const key = `${method} ${path}`;
    let outcome = memo.get(key);
    if (outcome === undefined) {
      try {
        outcome = original(req, true)!;
      } catch (err) {
        if (!(err instanceof Error) || !/^40[45]-/.test(err.message)) throw err;
        outcome = err;
      }
      if (memo.size >= limit) memo.clear();
      memo.set(key, outcome);
    }
    if (!(outcome instanceof Error)) return outcome;
    if (strict) throw new Error(outcome.message);
    return undefined;
  }) as typeof router.matchOperation;
}

/** The first security failure, client identification before token (a token means nothing without its client). */
function securityError(c: Context): SandboxError {
  const results = c.security as Record<string, { error?: unknown } | undefined>;
  for (const scheme of ['ClientIdQuery', 'ClientIdHeader', 'BearerAuth']) {
    const err = results[scheme]?.error;
    if (err instanceof SandboxError) return err;
    if (err) return new SandboxError('invalid_token', { problem: String((err as Error).message ?? err) });
  }
  return new SandboxError('client_id_required');
}

export function allowedMethods(api: Api, path: string): string[] {
  return ['get', 'post', 'put', 'patch', 'delete']
    .filter((method) => api.router.matchOperation({ method, path, headers: {} }) !== undefined)
    .map((m) => m.toUpperCase());
}

/** Validates a value against a schema in the spec's components, compiled once per name. */
export function componentValidator(api: Api): HandlerDeps['validateSchema'] {
  const compiled = new Map<string, ReturnType<ReturnType<Api['validator']['getAjv']>['compile']>>();
  const ajv = api.validator.getAjv(0 as never);
  return (name, value) => {
    let validate = compiled.get(name);
    if (!validate) {
      const schema = (api.definition.components?.schemas ?? {})[name];
      if (!schema) throw new Error(`openapi.yaml has no components.schemas.${name}`);
      validate = ajv.compile(schema as object);
      compiled.set(name, validate);
    }
    return validate(value) ? null : validate.errors ?? [];
  };
}
