import type { preParsingHookHandler } from 'fastify';
import { PassThrough } from 'node:stream';
import { bodyTimeoutCode, limits } from './limits.js';

/** Fastify's own code for a body over bodyLimit: the error handler already answers it (413). */
const tooLargeCode = 'FST_ERR_CTP_BODY_TOO_LARGE';

/**
 * A body announced this far past the limit is refused at once and the connection closed: it
 * is not worth reading to keep the connection.
 */
const drainBytes = 16 * limits.bodyBytes;

const refusal = (code: string, statusCode: number, message: string) => Object.assign(new Error(message), { code, statusCode });

/**
 * preParsing hook: every request body, on every method, is read here in full before routing
 * goes on, within the body limit and REQUEST_TIMEOUT_MS (counted from here; Node's own
 * requestTimeout stops at the headers). Fastify reads no body on GET, HEAD or TRACE, and none on
 * a request it refuses first (415): a body left in the socket then stalled a keep-alive
 * connection, and a deadline stream with no reader died with an unhandled 'error' (issue #13).
 * So nothing here is left half-read:
 * - a body within the limit is buffered and handed on (the content-type parser reads it);
 * - a body over the limit is read to its end and dropped, then refused with 413, so the
 *   connection stays usable; one announced past 16x the limit is refused unread, and closed;
 * - a body that has not arrived by the deadline is refused with 408 and the connection closed.
 * Callback-style: an async hook costs every request (GETs too) a promise (issue #5).
 */
export function readBody(requestTimeoutMs: number, bodyBytes: number = limits.bodyBytes): preParsingHookHandler {
  return (request, reply, payload, done) => {
    const { headers } = request.raw;
    const declared = headers['content-length'];
    if (headers['transfer-encoding'] === undefined && (declared === undefined || declared === '0')) return done(null, payload);
    if (Number(declared) > drainBytes) {
      reply.header('connection', 'close');
      return done(refusal(tooLargeCode, 413, 'body announced far over the limit'));
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      payload.removeListener('data', onData);
      payload.removeListener('end', onEnd);
      payload.removeListener('error', onError);
      payload.removeListener('aborted', onAborted);
      if (err) return done(err);
      const body = new PassThrough();
      body.end(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
      done(null, body);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      // Past the limit the bytes are counted and dropped: the connection needs them read.
      if (received <= bodyBytes) chunks.push(chunk);
    };
    const onEnd = () => settle(received > bodyBytes ? refusal(tooLargeCode, 413, 'body over the limit') : null);
    const onError = (err: Error) => {
      reply.header('connection', 'close');
      settle(Object.assign(err, { statusCode: 400 }));
    };
    const onAborted = () => onError(refusal('ECONNRESET', 400, 'the client closed the connection before the body arrived'));
    const timer = setTimeout(() => {
      reply.header('connection', 'close');
      settle(refusal(bodyTimeoutCode, 408, `body not received within ${requestTimeoutMs} ms`));
    }, requestTimeoutMs);
    timer.unref();
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onError);
    payload.on('aborted', onAborted);
  };
}
