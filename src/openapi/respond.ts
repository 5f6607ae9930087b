import type { FastifyReply, FastifyRequest } from 'fastify';
import { SandboxError } from '../errors.js';
import type { HandlerResult } from '../handlers/handler.js';
import type { Api } from './create-backend.js';

/**
 * The one send path. With RESPONSE_VALIDATION=warn|error every response is checked against
 * openapi.yaml first; `error` turns a mismatch (a sandbox bug) into a 500 that says so.
 */
export function sendResult(
  request: FastifyRequest,
  reply: FastifyReply,
  api: Api,
  operationId: string | undefined,
  result: HandlerResult,
  mode: 'off' | 'warn' | 'error',
) {
  if (mode !== 'off' && operationId) {
    const { errors } = api.validateResponse(result.body, operationId, result.status);
    if (errors) {
      const detail = errors.slice(0, 3).map((e) => `${e.instancePath || '(root)'} ${e.message}`).join('; ');
      request.log.warn({ operationId, status: result.status, errors }, `response does not match openapi.yaml: ${detail}`);
      if (mode === 'error') {
        const error = new SandboxError('internal_server_error', `The sandbox's ${operationId} response (${result.status}) does not match openapi.yaml: ${detail}`);
        return reply.code(error.status).send(error.toBody());
      }
    }
  }
  return reply.code(result.status).send(result.body);
}
