import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { OpenAPIV3 } from 'openapi-types';

/**
 * The routes @fastify/swagger-ui 6 registers with `routePrefix: '/docs'` (no theme, no baseDir),
 * GET and HEAD. `/docs/static/*` covers its index.html redirect and swagger-initializer.js too.
 * Any other /docs path or method falls through to the API's 404 / 405, as before. The app's
 * router ignores a trailing slash, so `/docs` serves `/docs/` too (forwarded as received, so
 * the UI still tells them apart).
 */
export const docsRoutes = ['/docs', '/docs/json', '/docs/yaml', '/docs/static/*'] as const;

/** Carries the URL as received from the app to the UI's app (see rewriteUrl below). */
const receivedUrl = 'x-sandbox-docs-url';

/** Per-connection headers: the outer server sets its own. */
const notForwarded = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date']);

type ErrorHandler = (err: FastifyError, request: FastifyRequest, reply: FastifyReply) => unknown;

/**
 * /docs (Swagger UI) built on first use: @fastify/swagger, @fastify/swagger-ui, @fastify/static
 * and yaml are ~150 modules and ~100 ms of CPU that every start-up paid before serving anything
 * (issue #5). The UI lives in its own small Fastify app, made by the first /docs request and
 * reached with `inject` (same method, URL and headers), so the answers are the ones the plugins
 * gave when they were registered on the app itself: status, headers and body, 304s and ranges
 * of the static files, HEAD's length without a body, Fastify's 404 for a missing file. Errors
 * go through the app's own error handler (`onError`), as they did.
 *
 * `spec`: the document to show; it must not change after the call (it is cloned on first use).
 */
export function registerLazyDocs(app: FastifyInstance, spec: OpenAPIV3.Document, onError: ErrorHandler): void {
  let docs: Promise<FastifyInstance> | undefined;
  const build = async () => {
    const [{ default: swagger }, { default: swaggerUi }] = await Promise.all([import('@fastify/swagger'), import('@fastify/swagger-ui')]);
    // The app logs each request already; this one logs only what goes wrong inside. inject
    // resolves dot segments in the URL (`/docs/static/../x`); routing by the URL as received
    // keeps what the static files plugin answered for those (a 403, in the app's envelope).
    const ui = Fastify({
      loggerInstance: app.log,
      disableRequestLogging: true,
      rewriteUrl: (raw) => String(raw.headers[receivedUrl] ?? raw.url),
    });
    ui.setErrorHandler(onError);
    await ui.register(swagger, { mode: 'static', specification: { document: structuredClone(spec) } });
    await ui.register(swaggerUi, { routePrefix: '/docs' });
    await ui.ready();
    return ui;
  };
  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    const ui = await (docs ??= build());
    const answer = await ui.inject({ method: request.method as 'GET' | 'HEAD', url: request.url, headers: { ...request.headers, [receivedUrl]: request.url } });
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !notForwarded.has(name)) reply.header(name, value);
    }
    reply.code(answer.statusCode);
    // No body (HEAD, 304, a redirect): send none, so Fastify adds no content type of its own.
    return answer.rawPayload.length > 0 ? reply.send(answer.rawPayload) : reply.send();
  };
  for (const url of docsRoutes) app.route({ method: ['GET', 'HEAD'], url, exposeHeadRoute: false, schema: { hide: true }, handler: forward });
  app.addHook('onClose', async () => {
    if (docs) await (await docs).close();
  });
}
