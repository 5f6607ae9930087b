import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import { SandboxError } from './errors.js';
import { corsHook } from './http/cors.js';
import { registerLazyDocs } from './http/lazy-docs.js';
import { lazyRequestLogger } from './http/lazy-request-logger.js';
import { clientError, clientErrorHandler, limits, refuseLongUrl } from './http/limits.js';
import { readBody } from './http/read-body.js';
import { Clock } from './lib/clock.js';
import { SeededRandom } from './lib/random.js';
import { sandboxPlugin } from './http/sandbox-plugin.js';
import { compileOperations, FORM } from './openapi/compile-operations.js';
import { parseForm } from './http/form-body.js';
import { componentValidator, createBackend, type Api } from './openapi/create-backend.js';
import { checkExpectation, frameworkErrors, refuseConnect } from './openapi/connection-errors.js';
import { PathIndex } from './openapi/path-index.js';
import { failure, internalError, sendResult } from './openapi/respond.js';
import { securitySchemes } from './openapi/security.js';
import { servedSpec } from './openapi/served-spec.js';
import { emulatedOperations, loadSpec, specText, withoutSandboxApi } from './openapi/spec.js';
import { AuthenticatorRegistry } from './sandbox/authenticator-registry.js';
import { SandboxRuntime } from './sandbox/sandbox-runtime.js';
import type { Services } from './services/services.js';
import { AttemptLimiter } from './services/attempt-limiter.js';
import { TokenService } from './services/token-service.js';
import { Outbox } from './services/outbox/outbox.js';
import { dropScope } from './sandbox/fault-injector.js';
import { isOidcIssuer } from './services/oidc/oidc-issuer.js';
import { MemoryStore } from './store/memory-store.js';
import type { Store } from './store/store.js';

export interface BuildOptions {
  /** Pass a store to swap the in-memory default (e.g. a durable one). */
  store?: Store;
  /** Fastify logger setting; default from config.logLevel. */
  logger?: boolean | object;
}

export interface Built {
  app: FastifyInstance;
  services: Services;
  runtime: SandboxRuntime;
  api: Api;
}

/** Fastify's own errors (bad JSON, body too large, wrong content type) in SSOJet's envelope. */
const fastifyErrors: Record<string, (request: FastifyRequest) => SandboxError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => new SandboxError('malformed_request', { reason: 'The body is not valid JSON but Content-Type is application/json; check the JSON syntax' }),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new SandboxError('malformed_request', { reason: 'The body is empty but Content-Type is application/json; send a JSON body or drop the header' }),
  FST_ERR_CTP_BODY_TOO_LARGE: () => new SandboxError('payload_too_large', { limit: limits.bodyBytes }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (request) => new SandboxError('unsupported_media_type', { expected: request.sandbox?.op?.mediaTypes.join(' or ') || 'application/json' }),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => new SandboxError('malformed_request', { reason: 'The body size does not match Content-Length' }),
};

/**
 * The app factory: builds a ready Fastify app from a config, never listening. Tests drive it
 * with `inject`; the server and createSandbox call `listen` on what it returns.
 * (Returns an object, not the instance: a Fastify instance is a thenable.)
 */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<Built> {
  const clock = new Clock(config.clock);
  const random = new SeededRandom(config.seed);
  const issuer = config.issuer ?? `http://localhost:${config.port}`;
  const tokens = await TokenService.create({
    keyFile: config.signingKeyFile, clock, random, issuer, ttlSeconds: config.tokenTtl, acceptIssuer: (iss) => isOidcIssuer(config, iss),
  });
  // DATA_FILE: the SQLite store, opened here and closed with the app. Imported only then, so
  // the in-memory default never loads the native module.
  const ownStore = options.store ? null : config.dataFile ? (await import('./store/sqlite-store.js')).SqliteStore.open(config.dataFile) : null;
  const store: Store = options.store ?? ownStore ?? new MemoryStore();
  const services: Services = {
    config, store, clock, random, tokens, issuer, authenticators: new AuthenticatorRegistry(random),
    limiter: new AttemptLimiter(clock, config.rateLimits
      ? { perIdentifier: config.rateLimitIdentifier, perIp: config.rateLimitIp, windowMs: config.rateLimitWindowMs }
      : null),
    outbox: new Outbox(clock),
  };
  const spec = config.sandboxApi ? loadSpec() : withoutSandboxApi(loadSpec());
  const runtime = new SandboxRuntime(services, emulatedOperations(spec));
  // drop_delivery faults: one naming the operation being served, else one naming none.
  services.outbox.dropper = () => dropScope.getStore() === true || (runtime.faults.hasDrops && runtime.faults.takeDrop(null) !== undefined);
  try {
    // A durable store records where the runtime stands with each write, and a file that
    // already holds data is loaded as is (the scenario seeds only a new or empty file).
    store.trackRuntime?.(() => ({ scenario: runtime.scenario, seed: runtime.seed, rng_counter: random.counter }));
    const resume = await store.resumePoint?.();
    if (resume) runtime.resume(resume);
    else await runtime.reset();
  } catch (err) {
    ownStore?.close();
    throw err;
  }

  const api = await createBackend(structuredClone(spec));
  const deps = { svc: services, runtime, validateSchema: componentValidator(api) };
  const operations = compileOperations(api, new Set(Object.keys(securitySchemes(services))));
  const index = new PathIndex(operations);

  const logger = options.logger ?? loggerOptions(config);
  const app = Fastify({
    logger,
    // A pino logger's per-request child is made on the request's first log line (see there).
    ...(logger ? { childLoggerFactory: lazyRequestLogger } : {}),
    bodyLimit: limits.bodyBytes,
    // `/a/` and `/a//b` route as `/a` and `/a/b` (src/openapi/path-index.ts reads paths the same way for 404/405).
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
    requestTimeout: config.requestTimeoutMs,
    // Node checks request timeouts on an interval (30 s by default): check often enough that
    // REQUEST_TIMEOUT_MS is what a slow client actually gets.
    http: { maxHeaderSize: limits.headerBytes, connectionsCheckingInterval: Math.min(1000, config.requestTimeoutMs) },
    clientErrorHandler: clientErrorHandler(config.requestTimeoutMs),
    frameworkErrors,
    // On close (SIGTERM/SIGINT, sb.close()): idle keep-alive sockets are closed at once, and a
    // request that still arrives on a busy one is served in full (with Connection: close)
    // rather than refused with Fastify's own 503 body, so every answer is a real one.
    forceCloseConnections: 'idle',
    return503OnClosing: false,
  });
  // A request in flight when closing began ends on a keep-alive socket, which Node's one
  // closeIdleConnections() at close has already passed over: reap idle sockets until closed,
  // so a client's open connection cannot hold the shutdown until keepAliveTimeout.
  let reaper: NodeJS.Timeout | undefined;
  app.addHook('preClose', (done) => {
    // A long poll on the outbox answers now (404 outbox_timeout) rather than hold the close.
    services.outbox.releaseWaiters();
    if (app.server.listening) reaper = setInterval(() => app.server.closeIdleConnections(), 20).unref();
    done();
  });
  // onClose runs after the server has stopped and every in-flight request has been answered.
  app.addHook('onClose', async () => {
    clearInterval(reaper);
    ownStore?.close();
  });
  // Fastify refuses a QUERY without Content-Type (RFC 10008) before the not-found handler can say
  // 404/405; OpenAPI 3.0 has no QUERY operations, so its body is never parsed (read-body.ts drains it).
  app.addHttpMethod('QUERY', { hasBody: false, overrideExisting: true });
  // Without the control API nobody can read the outbox: each message goes to the log instead.
  if (!config.sandboxApi) {
    services.outbox.onDeliver = (m) => app.log.info({ outbox: m }, `outbox: ${m.kind} to ${m.to}: ${m.link ?? m.code ?? m.text}`);
  }
  app.server.on('checkExpectation', checkExpectation);
  // Node hands CONNECT to this event, never to Fastify: answered in the envelope here too.
  app.server.on('connect', refuseConnect(index));
  app.addHook('preParsing', readBody(config.requestTimeoutMs));
  // JSON and forms only: any other body type gets a clear 415 in SSOJet's envelope (see fastifyErrors).
  app.removeContentTypeParser('text/plain');
  // Forms, for the OIDC token and revocation endpoints; an operation that does not declare the
  // body's media type refuses it with 415 (src/openapi/validate-request.ts).
  app.addContentTypeParser(FORM, { parseAs: 'string' }, parseForm);

  const onError = (err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    let result;
    if (err instanceof SandboxError) result = failure(request, err);
    else if (err.code === 'SANDBOX_BODY_TIMEOUT') result = failure(request, clientError(err, config.requestTimeoutMs));
    else if (err.code && fastifyErrors[err.code]) result = failure(request, fastifyErrors[err.code](request));
    else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) result = failure(request, new SandboxError('malformed_request', { reason: err.message }));
    else result = internalError(request, err);
    return sendResult(request, reply, result, api, config.responseValidation);
  };
  app.setErrorHandler(onError);

  // The spec as served: naming this sandbox's own address as its server (src/openapi/served-spec.ts),
  // and without the control API when SANDBOX_API=off.
  const served = servedSpec(spec, config.sandboxApi ? specText() : undefined);
  // Swagger UI at /docs, its plugins loaded by the first /docs request (src/http/lazy-docs.ts).
  registerLazyDocs(app, served.document, onError);
  app.get('/openapi.yaml', { schema: { hide: true } }, (_req, reply) => reply.type('application/yaml').send(served.text));

  // CORS per client (src/http/cors.ts): a browser app on an allowed origin may call the API.
  app.addHook('onRequest', corsHook(services.store, index));
  // After CORS, so a page on an allowed origin can read the 414 too.
  app.addHook('onRequest', refuseLongUrl);
  // The spec's operations, the not-found handler (404/405 for every method), faults and journal.
  await app.register(sandboxPlugin, { api, deps, responseValidation: config.responseValidation, operations, index, emulated: new Set(emulatedOperations(spec)) });

  await app.ready();
  return { app, services, runtime, api };
}

/**
 * Called once the server listens: with no ISSUER configured, tokens name the port actually
 * bound (PORT=0 picks one), so `iss` is a URL that answers.
 */
export function adoptListeningPort(built: Built, port: number): void {
  if (built.services.config.issuer !== null) return;
  const issuer = `http://localhost:${port}`;
  built.services.issuer = issuer;
  built.services.tokens.setIssuer(issuer);
}

function loggerOptions(config: Config): object | boolean {
  if (config.logLevel === 'silent') return false;
  if (process.stdout.isTTY) {
    return { level: config.logLevel, transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname' } } };
  }
  return { level: config.logLevel };
}
