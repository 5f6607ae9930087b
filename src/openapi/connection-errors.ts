import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { SandboxError } from '../errors.js';

/**
 * Answers that Node and Fastify write before any route runs, in SSOJet's envelope instead of
 * Fastify's `{error, message, statusCode}` (or Node's empty 417), so that a client parsing
 * SSOJet errors can parse every answer of the sandbox.
 */

/** Node's HTTP parser refused the bytes (broken Content-Length, bad chunking, garbage, header overflow). */
export function clientErrorHandler(err: Error & { code?: string; reason?: string }, socket: Duplex): void {
  // A reset connection has nobody left to answer (https://nodejs.org/api/http.html#event-clienterror).
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const error = err.code === 'HPE_HEADER_OVERFLOW'
    ? new SandboxError('request_header_fields_too_large', 'The request line and headers exceed the 16 KiB Node accepts; send a shorter URL or fewer/smaller headers')
    : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? new SandboxError('request_timeout', 'The request was not received completely in time; send the whole request at once')
      : new SandboxError('malformed_request', `The request is not valid HTTP/1.1 (${err.code ?? 'parse error'}${err.reason ? `: ${err.reason}` : ''}); check the request line, the headers, Content-Length and Transfer-Encoding`);
  const body = JSON.stringify(error.toBody());
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${error.status} ${STATUS_CODES[error.status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(err);
}

/** Fastify's router refused the URL (bad percent-encoding such as `%zz`, an over-long parameter). */
export function frameworkErrors(err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const error = new SandboxError('malformed_request', `The URL cannot be decoded (${err.code}: ${err.message}); percent-encode path and query values (e.g. with encodeURIComponent)`);
  void reply.code(error.status).send(error.toBody());
}

/** `Expect` other than 100-continue: Node would answer an empty 417. */
export function checkExpectation(request: IncomingMessage, response: ServerResponse): void {
  const error = new SandboxError('expectation_failed', `Expect: ${String(request.headers.expect)} is not supported; send no Expect header, or Expect: 100-continue`);
  const body = JSON.stringify(error.toBody());
  response.writeHead(error.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' });
  response.end(body);
}
