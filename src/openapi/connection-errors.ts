import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { SandboxError, renderError } from '../errors.js';

/**
 * Answers that Fastify's router and Node write before any route runs (the parser's own
 * refusals are in src/http/limits.ts), in SSOJet's envelope instead of
 * Fastify's `{error, message, statusCode}` (or Node's empty 417), so that a client parsing
 * SSOJet errors can parse every answer of the sandbox.
 */

/** Fastify's router refused the URL (bad percent-encoding such as `%zz`, an over-long parameter). */
export function frameworkErrors(err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const error = new SandboxError('malformed_request', { reason: `The URL cannot be decoded (${err.code}: ${err.message}); percent-encode path and query values (e.g. with encodeURIComponent)` });
  void reply.code(error.status).send(renderError(error));
}

/** `Expect` other than 100-continue: Node would answer an empty 417. */
export function checkExpectation(request: IncomingMessage, response: ServerResponse): void {
  const error = new SandboxError('expectation_failed', { expect: String(request.headers.expect) });
  const body = JSON.stringify(renderError(error));
  response.writeHead(error.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' });
  response.end(body);
}
