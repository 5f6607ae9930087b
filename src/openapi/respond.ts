import type { FastifyRequest } from 'fastify';
import { SandboxError } from '../errors.js';
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
  const { errors } = api.validateResponse(result.body, operationId, result.status);
  if (!errors) return result;
  const detail = errors.slice(0, 3).map((e) => `${e.instancePath || '(root)'} ${e.message}`).join('; ');
  request.log.warn({ operationId, status: result.status, errors }, `response does not match openapi.yaml: ${detail}`);
  if (mode === 'warn') return result;
  const error = new SandboxError('internal_server_error', `The sandbox's ${operationId} response (${result.status}) does not match openapi.yaml: ${detail}`);
  return { status: error.status, body: error.toBody() };
}
