import type { FastifyReply, FastifyRequest, preParsingHookHandler } from 'fastify';
import type { Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import { SandboxError, renderError } from '../errors.js';

/** Size limits on what a request may carry; each refusal is in SSOJet's envelope and says the limit. */
export const limits = {
  /** Request body (JSON). WebAuthn responses are a few KiB; 1 MiB leaves room for state restores. */
  bodyBytes: 1024 * 1024,
  /** Request line URL (path and query). */
  urlBytes: 8 * 1024,
  /** All request headers together (Node's own parser enforces it). */
  headerBytes: 16 * 1024,
} as const;

/**
 * onRequest hook: a URL over the limit gets 414 before routing or validation look at it.
 * Callback-style: an async hook costs every request a promise (issue #5).
 */
export function refuseLongUrl(request: FastifyRequest, reply: FastifyReply, done: () => void) {
  const url = request.raw.url ?? '';
  // A UTF-8 byte is at least one UTF-16 unit and at most three: most URLs are decided by length.
  const length = url.length * 3 <= limits.urlBytes ? url.length : Buffer.byteLength(url);
  if (length <= limits.urlBytes) return done();
  const error = new SandboxError('uri_too_long', { length, limit: limits.urlBytes });
  reply.code(error.status).send(renderError(error));
}

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (oversized headers, a
 * request that did not arrive in time, garbage on the wire). Fastify's default answer is its own
 * JSON shape; this one answers in SSOJet's envelope, then closes the connection as Node does.
 */
export function clientErrorHandler(requestTimeoutMs: number) {
  return function onClientError(err: NodeJS.ErrnoException, socket: Socket) {
    if (err.code === 'ECONNRESET' || socket.destroyed) return;
    const error = clientError(err, requestTimeoutMs);
    const body = JSON.stringify(renderError(error));
    if (socket.writable) {
      socket.write(`HTTP/1.1 ${error.status} ${statusText[error.status] ?? 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    }
    socket.destroy();
  };
}

const statusText: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/** The envelope for a Node-level or body-level refusal. */
export function clientError(err: NodeJS.ErrnoException & { reason?: string }, requestTimeoutMs: number): SandboxError {
  const reason = err.reason;
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new SandboxError('request_header_fields_too_large', { kib: limits.headerBytes / 1024, limit: limits.headerBytes });
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case bodyTimeoutCode:
      return new SandboxError('request_timeout', { timeout_ms: requestTimeoutMs });
    default:
      return new SandboxError('malformed_request', { reason: `The request is not valid HTTP/1.1 (${err.code ?? 'parse error'}${reason ? `: ${reason}` : ''}); check the request line, the headers, Content-Length and Transfer-Encoding` });
  }
}

const bodyTimeoutCode = 'SANDBOX_BODY_TIMEOUT';

/**
 * preParsing hook: Node's requestTimeout only covers the request line and headers; a body that
 * trickles in (or stops half-way) would hold the request open forever. The body must have
 * arrived within the same REQUEST_TIMEOUT_MS, counted from the start of the request.
 */
export function bodyDeadline(requestTimeoutMs: number) {
  // Callback-style: an async hook costs every request (GETs too) a promise (issue #5).
  const hook: preParsingHookHandler = (request, reply, payload, done) => {
    const { headers } = request.raw;
    const hasBody = headers['transfer-encoding'] !== undefined || (headers['content-length'] ?? '0') !== '0';
    if (!hasBody || request.raw.complete) return done(null, payload);
    const body = new PassThrough();
    const timer = setTimeout(() => {
      const err = Object.assign(new Error(`body not received within ${requestTimeoutMs} ms`), { code: bodyTimeoutCode, statusCode: 408 });
      reply.header('connection', 'close');
      body.destroy(err);
    }, requestTimeoutMs);
    timer.unref();
    const stop = () => clearTimeout(timer);
    payload.on('end', stop);
    payload.on('error', stop);
    request.raw.on('close', stop);
    payload.pipe(body);
    done(null, body);
  };
  return hook;
}
