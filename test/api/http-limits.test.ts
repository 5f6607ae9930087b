import { connect } from 'node:net';
import t from 'tap';
import { limits } from '../../src/http/limits.js';
import type { Config } from '../../src/config.js';
import { build, DEFAULT_CLIENT, isError, paths, type Tap } from '../helper.js';

// Size limits and timeouts, in SSOJet's envelope whatever layer refuses the request:
// Fastify (body), our onRequest hook (URL), Node's HTTP parser (headers, timeout, garbage).
// Operations reached: sandboxHealth, initiatePasskeyLogin, sandboxPutState.

/** Sends raw bytes on a socket and returns everything the server answered before closing. */
function raw(port: number, chunks: string[], pauseMs = 0): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { answer += d; });
    socket.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ECONNRESET' ? resolve(answer) : reject(err)));
    socket.on('close', () => resolve(answer));
    socket.setTimeout(10_000, () => { socket.destroy(); reject(new Error('no answer within 10 s')); });
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        socket.write(chunk);
        if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      }
    });
  });
}

function parse(answer: string) {
  const [head, ...rest] = answer.split('\r\n\r\n');
  const status = Number(head.split(' ')[1]);
  return { status, head, body: JSON.parse(rest.join('\r\n\r\n')) };
}

async function listening(t: Tap, overrides: Partial<Config> = {}) {
  const h = await build(t, overrides);
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  return { h, port: (h.app.server.address() as { port: number }).port };
}

t.test('a URL over the limit: 414 before routing, with the limit named', async (t) => {
  const h = await build(t);
  const long = paths.login({ client_id: DEFAULT_CLIENT, identifier: 'a'.repeat(limits.urlBytes) });
  isError(t, await h.call({ url: long }), 414, 'uri_too_long', new RegExp(`at most ${limits.urlBytes}.*JSON body`));
  const fromPage = await h.call({ url: long, headers: { origin: 'http://localhost:3000' } });
  t.equal(fromPage.status, 414);
  t.equal(fromPage.headers['access-control-allow-origin'], 'http://localhost:3000', 'a page on an allowed origin can read the refusal');
  const fits = paths.login({ client_id: DEFAULT_CLIENT, identifier: `${'a'.repeat(100)}@example.com` });
  t.equal((await h.call({ url: fits })).status, 200, 'a long but acceptable URL still works');
  t.same((await h.call({ url: '/__sandbox/requests' })).body.filter((e: { status: number }) => e.status === 500), []);
});

t.test('a body over the limit: 413 in the envelope, state untouched', async (t) => {
  const h = await build(t);
  const before = await h.state();
  const res = await h.call({ method: 'PUT', url: '/__sandbox/state', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ x: 'a'.repeat(limits.bodyBytes) }) });
  isError(t, res, 413, 'payload_too_large', new RegExp(`${limits.bodyBytes} bytes`));
  t.same(await h.state(), before);
});

t.test('headers over the limit: 431 in the envelope (from Node\'s parser)', async (t) => {
  const { port } = await listening(t);
  const answer = await raw(port, [`GET /__sandbox/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(limits.headerBytes + 10)}\r\n\r\n`]);
  const res = parse(answer);
  isError(t, res, 431, 'request_header_fields_too_large', new RegExp(`exceed 16 KiB \\(${limits.headerBytes} bytes\\)`));
  t.match(res.head, /content-type: application\/json/i);
});

t.test('garbage instead of HTTP: 400 in the envelope, and the server keeps serving', async (t) => {
  const { port } = await listening(t);
  const res = parse(await raw(port, ['\u0000\u0001 not http at all\r\n\r\n']));
  isError(t, res, 400, 'malformed_request', /not valid HTTP\/1\.1/);
  const again = await fetch(`http://127.0.0.1:${port}/__sandbox/health`);
  t.equal(again.status, 200);
});

t.test('a request that never finishes arriving: 408 after REQUEST_TIMEOUT_MS', async (t) => {
  const { port } = await listening(t, { requestTimeoutMs: 300 });
  // Headers that stop half-way: Node's parser times the request out.
  const half = await raw(port, ['GET /__sandbox/health HTTP/1.1\r\nHost: localhost\r\n']);
  isError(t, parse(half), 408, 'request_timeout', /within 300 ms/);
  // Headers, then a body that stops half-way (slowloris): the request never completes.
  const answer = await raw(port, [
    `POST /__sandbox/users HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"client_id":`,
  ]);
  isError(t, parse(answer), 408, 'request_timeout', /within 300 ms \(REQUEST_TIMEOUT_MS\)/);
  const again = await fetch(`http://127.0.0.1:${port}/__sandbox/health`);
  t.equal(again.status, 200, 'other requests still served');
});
