import type { FastifyReply, FastifyRequest } from 'fastify';
import { internalError as internalFailure, renderError, type SandboxError } from '../errors.js';
import type { HandlerResult } from '../handlers/handler.js';
import type { CompiledOperation } from './compile-operations.js';
import type { Api } from './create-backend.js';

export type ResponseValidation = 'off' | 'warn' | 'error';

/**
 * The one send path: every answer of an operation or of the not-found handler, handler result,
 * refusal or fault, leaves through here, so the journal (src/http/sandbox-plugin.ts) records
 * exactly what the caller receives.
 */
export function sendResult(request: FastifyRequest, reply: FastifyReply, result: HandlerResult, api: Api, mode: ResponseValidation): FastifyReply {
  const state = request.sandbox;
  const sent = checkedResult(request, api, state?.op ?? null, result, mode);
  if (state) {
    state.sent = sent;
    // Replaced by the response check: the refusal's explanation is not what was sent.
    if (sent !== result) state.error = undefined;
  }
  if (sent.headers) reply.headers(sent.headers);
  return reply.code(sent.status).send(sent.body);
}

/** A refusal as a result, logged with its plain-words explanation when it has one. */
export function failure(request: FastifyRequest, error: SandboxError): HandlerResult {
  recordRefusal(request, error);
  return { status: error.status, body: renderError(error), ...(error.headers ? { headers: error.headers } : {}) };
}

/** Logs a refusal's explanation and keeps it for the journal, whatever the body that carries it. */
export function recordRefusal(request: FastifyRequest, error: SandboxError): void {
  if (error.explanation) request.log.info({ explanation: error.explanation, error: error.id }, 'request refused');
  if (request.sandbox) request.sandbox.error = error;
}

export function internalError(request: FastifyRequest, err: unknown): HandlerResult {
  request.log.error({ err }, 'unexpected error');
  const error = internalFailure();
  return { status: error.status, body: renderError(error) };
}

/**
 * With RESPONSE_VALIDATION=warn|error every response is checked against openapi.yaml first;
 * `error` turns a mismatch (a sandbox bug) into a 500 that says so. Returns the result that
 * is actually sent.
 */
export function checkedResult(request: FastifyRequest, api: Api, op: CompiledOperation | null, result: HandlerResult, mode: ResponseValidation): HandlerResult {
  if (mode === 'off' || !op) return result;
  const detail = result.body === undefined && result.status >= 300 && result.status < 400
    ? bodylessMismatch(op, result)
    : isJson(result) ? jsonMismatch(api, op, result) : nonJsonMismatch(op, result);
  if (detail === undefined) return result;
  request.log.warn({ operationId: op.operationId, status: result.status }, `response does not match openapi.yaml: ${detail}`);
  if (mode === 'warn') return result;
  const error = internalFailure(`its ${op.operationId} response (${result.status}) does not match openapi.yaml: ${detail}`);
  return { status: error.status, body: renderError(error) };
}

function jsonMismatch(api: Api, op: CompiledOperation, result: HandlerResult): string | undefined {
  // The operation object itself, not its id: openapi-backend would look the id up in a list it rebuilds per call.
  const { errors } = api.validateResponse(result.body, op.operation, result.status);
  return errors ? errors.slice(0, 3).map((e) => `${e.instancePath || '(root)'} ${e.message}`).join('; ') : undefined;
}

/**
 * A non-JSON body (the demo page and its assets, the MFA QR code): openapi-backend validates
 * JSON only, so the check is that the status declares this media type and the body is text or bytes.
 */
function nonJsonMismatch(op: CompiledOperation, result: HandlerResult): string | undefined {
  const type = mediaType(result)!;
  const responses = (op.operation.responses ?? {}) as Record<string, { content?: Record<string, unknown> }>;
  const declared = Object.keys((responses[String(result.status)] ?? responses.default)?.content ?? {});
  if (!declared.includes(type)) return `${type} is not a declared media type of response ${result.status} (declared: ${declared.join(', ') || 'none'})`;
  return typeof result.body === 'string' || Buffer.isBuffer(result.body) ? undefined : `a ${type} body must be text or bytes`;
}

/** A redirect without a body (the OIDC face's 302s): its status must be declared, without content. */
function bodylessMismatch(op: CompiledOperation, result: HandlerResult): string | undefined {
  const declared = ((op.operation.responses ?? {}) as Record<string, { content?: unknown }>)[String(result.status)];
  if (!declared) return `status ${result.status} is not declared`;
  return declared.content ? `response ${result.status} declares content, but none was sent` : undefined;
}

const mediaType = (result: HandlerResult) => result.headers?.['content-type']?.split(';')[0].trim().toLowerCase();
const isJson = (result: HandlerResult) => [undefined, 'application/json'].includes(mediaType(result));
