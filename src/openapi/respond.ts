import type { FastifyRequest } from 'fastify';
import { internalError, renderError } from '../errors.js';
import type { HandlerResult } from '../handlers/handler.js';
import type { Api } from './create-backend.js';

/**
 * The one send path's check. With RESPONSE_VALIDATION=warn|error every response is checked
 * against openapi.yaml first; `error` turns a mismatch (a sandbox bug) into a 500 that says so.
 * Returns the result that is actually sent, so the journal records what the caller receives.
 */
export function checkedResult(
  request: FastifyRequest,
  api: Api,
  operationId: string | undefined,
  result: HandlerResult,
  mode: 'off' | 'warn' | 'error',
): HandlerResult {
  if (mode === 'off' || !operationId) return result;
  const detail = result.body === undefined && result.status >= 300 && result.status < 400
    ? bodylessMismatch(api, operationId, result)
    : isJson(result) ? jsonMismatch(api, operationId, result) : nonJsonMismatch(api, operationId, result);
  if (detail === undefined) return result;
  request.log.warn({ operationId, status: result.status }, `response does not match openapi.yaml: ${detail}`);
  if (mode === 'warn') return result;
  const error = internalError(`its ${operationId} response (${result.status}) does not match openapi.yaml: ${detail}`);
  return { status: error.status, body: renderError(error) };
}

function jsonMismatch(api: Api, operationId: string, result: HandlerResult): string | undefined {
  const { errors } = api.validateResponse(result.body, operationId, result.status);
  return errors ? errors.slice(0, 3).map((e) => `${e.instancePath || '(root)'} ${e.message}`).join('; ') : undefined;
}

/**
 * A non-JSON body (the demo page and its assets): openapi-backend validates JSON only, so the
 * check is that the status declares this media type and the body is text.
 */
function nonJsonMismatch(api: Api, operationId: string, result: HandlerResult): string | undefined {
  const type = mediaType(result)!;
  const responses = (api.getOperation(operationId)?.responses ?? {}) as Record<string, { content?: Record<string, unknown> }>;
  const declared = Object.keys((responses[String(result.status)] ?? responses.default)?.content ?? {});
  if (!declared.includes(type)) return `${type} is not a declared media type of response ${result.status} (declared: ${declared.join(', ') || 'none'})`;
  return typeof result.body === 'string' ? undefined : `a ${type} body must be text`;
}

/** A redirect without a body (the OIDC face's 302s): its status must be declared, without content. */
function bodylessMismatch(api: Api, operationId: string, result: HandlerResult): string | undefined {
  const declared = ((api.getOperation(operationId)?.responses ?? {}) as Record<string, { content?: unknown }>)[String(result.status)];
  if (!declared) return `status ${result.status} is not declared`;
  return declared.content ? `response ${result.status} declares content, but none was sent` : undefined;
}

const mediaType = (result: HandlerResult) => result.headers?.['content-type']?.split(';')[0].trim().toLowerCase();
const isJson = (result: HandlerResult) => [undefined, 'application/json'].includes(mediaType(result));
