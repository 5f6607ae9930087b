import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import { SandboxError, internalError, renderError } from './errors.js';
import { corsHook } from './http/cors.js';
import { registerLazyDocs } from './http/lazy-docs.js';
import { lazyRequestLogger } from './http/lazy-request-logger.js';
import { bodyDeadline, clientError, clientErrorHandler, limits, refuseLongUrl } from './http/limits.js';
import { Clock } from './lib/clock.js';
import { SeededRandom } from './lib/random.js';
import { componentValidator, createBackend, type Api } from './openapi/create-backend.js';
import { checkExpectation, frameworkErrors } from './openapi/connection-errors.js';
import { createDispatcher } from './openapi/dispatch.js';
import { emulatedOperations, loadSpec, specText, specYaml, withoutSandboxApi } from './openapi/spec.js';
import { AuthenticatorRegistry } from './sandbox/authenticator-registry.js';
import { SandboxRuntime } from './sandbox/sandbox-runtime.js';
import type { Services } from './services/services.js';
import { AttemptLimiter } from './services/attempt-limiter.js';
import { TokenService } from './services/token-service.js';
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
const fastifyErrors: Record<string, () => SandboxError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => new SandboxError('malformed_request', { reason: 'The body is not valid JSON but Content-Type is application/json; check the JSON syntax' }),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new SandboxError('malformed_request', { reason: 'The body is empty but Content-Type is application/json; send a JSON body or drop the header' }),
  FST_ERR_CTP_BODY_TOO_LARGE: () => new SandboxError('payload_too_large', { limit: limits.bodyBytes }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new SandboxError('unsupported_media_type'),
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
  const tokens = await TokenService.create({ keyFile: config.signingKeyFile, clock, random, issuer, ttlSeconds: config.tokenTtl });
  tokens.acceptIssuer = (iss) => isOidcIssuer(config, iss);
  // DATA_FILE: the SQLite store, opened here and closed with the app. Imported only then, so
  // the in-memory default never loads the native module.
  const ownStore = options.store ? null : config.dataFile ? (await import('./store/sqlite-store.js')).SqliteStore.open(config.dataFile) : null;
  const store: Store = options.store ?? ownStore ?? new MemoryStore();
  const services: Services = {
    config, store, clock, random, tokens, issuer, authenticators: new AuthenticatorRegistry(random),
    limiter: new AttemptLimiter(clock, config.rateLimits
      ? { perIdentifier: config.rateLimitIdentifier, perIp: config.rateLimitIp, windowMs: config.rateLimitWindowMs }
      : null),
  };
  const spec = config.sandboxApi ? loadSpec() : withoutSandboxApi(loadSpec());
  const runtime = new SandboxRuntime(services, emulatedOperations(spec));
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

  const api = await createBackend(structuredClone(spec), services);
  const deps = { svc: services, runtime, validateSchema: componentValidator(api) };

  const logger = options.logger ?? loggerOptions(config);
  const app = Fastify({
    logger,
    // A pino logger's per-request child is made on the request's first log line (see there).
    ...(logger ? { childLoggerFactory: lazyRequestLogger } : {}),
    bodyLimit: limits.bodyBytes,
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
    if (app.server.listening) reaper = setInterval(() => app.server.closeIdleConnections(), 20).unref();
    done();
  });
  // onClose runs after the server has stopped and every in-flight request has been answered.
  app.addHook('onClose', async () => {
    clearInterval(reaper);
    ownStore?.close();
  });
  app.server.on('checkExpectation', checkExpectation);
  app.addHook('preParsing', bodyDeadline(config.requestTimeoutMs));
  // JSON only: any other body type gets a clear 415 in SSOJet's envelope (see fastifyErrors).
  app.removeContentTypeParser('text/plain');
  // The OIDC token and revoke endpoints take forms (RFC 6749 §4.1.3): fields as strings, a field
  // sent twice as an array (the spec's schemas then refuse it).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    const form: Record<string, string | string[]> = {};
    for (const [name, value] of new URLSearchParams(body as string)) {
      const seen = form[name];
      form[name] = seen === undefined ? value : [seen, value].flat();
    }
    done(null, form);
  });

  const onError = (err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (err.code === 'SANDBOX_BODY_TIMEOUT') {
      const error = clientError(err, config.requestTimeoutMs);
      return reply.code(error.status).send(renderError(error));
    }
    const known = err.code ? fastifyErrors[err.code] : undefined;
    if (known) {
      const error = known();
      return reply.code(error.status).send(renderError(error));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.code(400).send(renderError(new SandboxError('malformed_request', { reason: err.message })));
    }
    request.log.error({ err }, 'unexpected error');
    return reply.code(500).send(renderError(internalError()));
  };
  app.setErrorHandler(onError);

  // Swagger UI at /docs, its plugins loaded by the first /docs request (src/http/lazy-docs.ts).
  registerLazyDocs(app, spec, onError);
  // The spec as served: the file itself, or without the control API when SANDBOX_API=off.
  const servedSpec = config.sandboxApi ? specText() : specYaml(spec);
  app.get('/openapi.yaml', { schema: { hide: true } }, (_req, reply) => reply.type('application/yaml').send(servedSpec));

  // CORS per client (src/http/cors.ts): a browser app on an allowed origin may call the API.
  app.addHook('onRequest', corsHook(services.store, api));
  // After CORS, so a page on an allowed origin can read the 414 too.
  app.addHook('onRequest', refuseLongUrl);
  const dispatch = createDispatcher(api, deps, config.responseValidation);
  app.route({ method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'], url: '/*', handler: dispatch, schema: { hide: true } });
  app.route({ method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'], url: '/', handler: dispatch, schema: { hide: true } });

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
