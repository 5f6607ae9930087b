import { OpenAPIBackend } from 'openapi-backend';
import type { OpenAPIV3 } from 'openapi-types';
import type { HandlerDeps } from '../handlers/handler.js';
import { handlerOf } from '../handlers/index.js';
import { ajvOptions, customizeAjv } from './create-ajv.js';

export type Api = OpenAPIBackend;

/**
 * openapi-backend, built once per app and used through its public API only: the operations as
 * it reads them (parameters merged, security resolved) and the Ajv validators it compiles from
 * them. Fastify routes the requests (src/openapi/register-routes.ts); nothing here is patched.
 * Fails at boot if the spec and the handler map disagree, either way.
 */
export async function createBackend(definition: OpenAPIV3.Document): Promise<Api> {
  const operationIds = Object.values(definition.paths).flatMap((item) =>
    Object.values(item ?? {}).flatMap((op) => (op && typeof op === 'object' && 'operationId' in op ? [op.operationId as string] : [])));
  const missing = operationIds.filter((id) => !handlerOf(id));
  if (missing.length > 0) throw new Error(`openapi.yaml has operations without a handler in src/handlers/: ${missing.join(', ')}`);
  const api = new OpenAPIBackend({
    definition,
    strict: true,
    // quick: skip the meta-schema check of the spec (test/contract/spec-meta.test.ts does it)
    // and dereference synchronously; init() drops from ~0.6-1.1 s to a few ms.
    quick: true,
    validate: true,
    // validateSchema: false: Ajv would compile its JSON Schema meta-schema (~60 ms, in each of
    // openapi-backend's Ajv instances) to check schemas that test/contract/spec-meta.test.ts
    // already checks with it on (issue #5, start-up).
    ajvOpts: { ...ajvOptions, validateSchema: false },
    customizeAjv: (ajv) => customizeAjv(ajv),
  });
  await api.init();
  return api;
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
