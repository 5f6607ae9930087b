import type { ValidateFunction } from 'ajv';
import type { Operation } from 'openapi-backend';
import type { OpenAPIV3 } from 'openapi-types';
import type { Api } from './create-backend.js';

/** One operation of openapi.yaml, read and compiled once at boot: what each request of it needs. */
export interface CompiledOperation {
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** The path template as the spec writes it (`/credentials/{passkeyid}`). */
  path: string;
  /** The same path in Fastify's syntax (`/credentials/:passkeyid`). */
  url: string;
  /** Security requirements (alternatives), each a list of scheme names, and every name once. */
  requirements: string[][];
  schemes: string[];
  /** openapi-backend's compiled request validators (parameters, body). */
  validators: ValidateFunction[];
  /**
   * The media types the request body is declared in (none: any body is ignored). A form-encoded
   * operation is an OAuth endpoint (RFC 6749 §5.2): its refusals are `invalid_request`.
   */
  mediaTypes: string[];
  /** Query parameters of `type: array`: a single value is checked as `[value]`. */
  queryArrays: Set<string>;
  operation: Operation;
}

export const FORM = 'application/x-www-form-urlencoded';
const parsedMediaTypes = ['application/json', FORM];

const segment = /^(?:[^{}]*|\{([A-Za-z0-9_]+)\})$/;

/**
 * Every operation of the spec, from openapi-backend's own reading of it (operations with the
 * path's parameters merged and the global security applied), with its request validators
 * compiled now rather than on the first request. Anything the request path cannot serve as
 * written is a boot error that names the operation: a path segment that is not all literal or
 * all one `{parameter}`, a cookie parameter, a query parameter that needs decoding (JSON
 * content, `explode: false`, a style other than form), a body that is neither JSON nor a form
 * (application/x-www-form-urlencoded, parsed by src/http/form-body.ts), a security
 * scheme without a handler.
 */
export function compileOperations(api: Api, schemeHandlers: ReadonlySet<string>): CompiledOperation[] {
  return api.getOperations().map((operation) => {
    const { operationId, path } = operation;
    const fail = (why: string) => new Error(`openapi.yaml: ${operation.method.toUpperCase()} ${path} (${operationId ?? 'no operationId'}) ${why}; the sandbox's request path cannot serve it`);
    if (!operationId) throw fail('has no operationId');
    const url = path.split('/').map((part) => {
      const m = segment.exec(part);
      if (!m) throw fail(`has a path segment "${part}" that is neither literal nor one whole {parameter}`);
      return m[1] ? `:${m[1]}` : part;
    }).join('/');
    for (const p of operation.parameters ?? []) {
      if ('$ref' in p) throw fail('has an unresolved parameter $ref');
      if (p.in === 'cookie') throw fail(`has a cookie parameter (${p.name})`);
      if (p.in === 'query' && (p.content !== undefined || p.explode === false || (p.style !== undefined && p.style !== 'form'))) {
        throw fail(`has a query parameter (${p.name}) that would need decoding beyond key=value`);
      }
    }
    const body = operation.requestBody as OpenAPIV3.RequestBodyObject | undefined;
    const mediaTypes = Object.keys(body?.content ?? {});
    if (mediaTypes.some((type) => !parsedMediaTypes.includes(type))) throw fail(`takes a body of ${mediaTypes.join(', ')}; only ${parsedMediaTypes.join(' and ')} are parsed`);
    const requirements = (operation.security ?? []).map((requirement) => Object.keys(requirement));
    const schemes = [...new Set(requirements.flat())];
    const unknown = schemes.filter((name) => !schemeHandlers.has(name));
    if (unknown.length > 0) throw fail(`names security schemes without a handler (${unknown.join(', ')})`);
    return {
      operationId,
      method: operation.method.toUpperCase(),
      path,
      url,
      requirements,
      schemes,
      mediaTypes,
      validators: api.validator.buildRequestValidatorsForOperation(operation) ?? [],
      queryArrays: queryArrays(operation),
      operation,
    };
  });
}

/** Query parameters declared `type: array`; the first declaration of a name decides, as in openapi-backend. */
function queryArrays(operation: Operation): Set<string> {
  const seen = new Set<string>();
  const arrays = new Set<string>();
  for (const p of operation.parameters ?? []) {
    if ('$ref' in p || p.in !== 'query' || seen.has(p.name)) continue;
    seen.add(p.name);
    if ((p.schema as { type?: string } | undefined)?.type === 'array') arrays.add(p.name);
  }
  return arrays;
}
