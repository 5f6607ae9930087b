// Fastify configured like the sandbox (src/app.ts: logger at warn with the lazy request
// logger, the preParsing hook, two onRequest hooks, one catch-all async route) answering a
// constant, with an optional busy-wait per request: what the sandbox's framework set-up costs
// by itself, and what a given amount of extra work per request does to the req/s ratio. Run by
// bench/room.ts.
// Usage: node bench/configured-fastify.mjs <port> [busy-wait in us]; WITHOUT=logger,lazy,hooks
// drops those parts (`lazy`: Fastify's own per-request child logger instead). That is how the
// lazy request logger was found: the per-request pino child was ~9 % of this server's req/s,
// the hooks nothing measurable. Needs `npm run build` (it uses the built lazy logger).
import Fastify from 'fastify';
import { lazyRequestLogger } from '../dist/src/http/lazy-request-logger.js';

const spinUs = Number(process.argv[3] ?? 0);
const without = (process.env.WITHOUT ?? '').split(',');
const app = Fastify({
  logger: without.includes('logger') ? false : { level: 'warn' },
  ...(without.includes('logger') || without.includes('lazy') ? {} : { childLoggerFactory: lazyRequestLogger }),
  forceCloseConnections: 'idle',
  return503OnClosing: false,
  http: { maxHeaderSize: 16384, connectionsCheckingInterval: 1000 },
});
app.removeContentTypeParser('text/plain');
if (!without.includes('hooks')) app.addHook('preParsing', (_req, _reply, payload, done) => done(null, payload));
if (!without.includes('hooks')) app.addHook('onRequest', (req, reply, done) => {
  reply.header('vary', 'Origin');
  done();
});
if (!without.includes('hooks')) app.addHook('onRequest', (req, reply, done) => (req.url.length > 8192 ? reply.code(414).send({}) : done()));
const body = { status: 'pending', expires_at: '2026-01-01T00:05:00.000Z' };
app.route({
  method: ['GET', 'HEAD', 'POST'],
  url: '/*',
  handler: async (_req, reply) => {
    if (spinUs > 0) {
      const end = process.hrtime.bigint() + BigInt(spinUs * 1000);
      while (process.hrtime.bigint() < end);
    }
    return reply.code(200).send(body);
  },
});
await app.listen({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
