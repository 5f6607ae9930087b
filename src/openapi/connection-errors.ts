import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Duplex } from 'node:stream';
import { SandboxError, renderError } from '../errors.js';
import type { PathIndex } from './path-index.js';

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

/**
 * CONNECT: Node gives it to the server's 'connect' event, never to Fastify, and with no
 * listener drops the connection without a word. It is answered like any other method the spec
 * does not have at that target, 405 or 404, then the connection is closed (a CONNECT asks for a
 * tunnel, so nothing more on it is HTTP).
 */
export function refuseConnect(index: PathIndex) {
  return (request: IncomingMessage, socket: Duplex): void => {
    const target = (request.url ?? '').split('?')[0];
    const { error } = index.refusal('CONNECT', target);
    const body = JSON.stringify(renderError(error));
    socket.on('error', () => {});
    socket.end(`HTTP/1.1 ${error.status} ${STATUS_CODES[error.status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  };
}
