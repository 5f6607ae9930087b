import type { FastifyBaseLogger, FastifyServerOptions, LogLevel } from 'fastify';

type ChildLoggerFactory = NonNullable<FastifyServerOptions['childLoggerFactory']>;
type Bindings = Parameters<ChildLoggerFactory>[1];
type ChildLoggerOptions = Parameters<ChildLoggerFactory>[2];

type PinoLike = FastifyBaseLogger & { isLevelEnabled(level: string): boolean };
type LogMethod = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Fastify gives every request a child of the app's pino logger (bound to its `reqId`), made as
 * the request arrives. Most requests never log (at `warn` nothing is logged for a request that
 * succeeds), and making the child was ~9 % of the req/s of a Fastify set up like the sandbox
 * (`npm run bench:room`, issue #5). This one makes the real child on the request's first log
 * call at an enabled level, so a request that logs writes exactly the line it wrote before.
 */
class RequestLogger {
  #parent: PinoLike;
  #bindings: Bindings;
  #options: ChildLoggerOptions;
  #child: FastifyBaseLogger | undefined;

  constructor(parent: PinoLike, bindings: Bindings, options: ChildLoggerOptions) {
    this.#parent = parent;
    this.#bindings = bindings;
    this.#options = options;
  }

  #real(): FastifyBaseLogger {
    return (this.#child ??= this.#parent.child(this.#bindings, this.#options));
  }

  #log(level: LogMethod, args: unknown[]): void {
    // Before the child exists its level is the parent's; after, the child decides (pino's
    // methods for disabled levels do nothing).
    if (this.#child === undefined && !this.#parent.isLevelEnabled(level)) return;
    (this.#real()[level] as (...a: unknown[]) => void)(...args);
  }

  fatal(...args: unknown[]) { this.#log('fatal', args); }
  error(...args: unknown[]) { this.#log('error', args); }
  warn(...args: unknown[]) { this.#log('warn', args); }
  info(...args: unknown[]) { this.#log('info', args); }
  debug(...args: unknown[]) { this.#log('debug', args); }
  trace(...args: unknown[]) { this.#log('trace', args); }
  silent() {}

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.#real().child(bindings, options);
  }

  isLevelEnabled(level: string): boolean {
    return ((this.#child ?? this.#parent) as PinoLike).isLevelEnabled(level);
  }

  get level(): LogLevel {
    return (this.#child ?? this.#parent).level as LogLevel;
  }

  set level(level: LogLevel) {
    this.#real().level = level;
  }
}

/**
 * Fastify's `childLoggerFactory` for a pino logger. A route with its own log level or serializers
 * gets the real child at once (its level is not the parent's); the sandbox has none.
 */
export const lazyRequestLogger: ChildLoggerFactory = function (logger, bindings, options) {
  if (options.level !== undefined || options.serializers !== undefined) return logger.child(bindings, options);
  return new RequestLogger(logger as PinoLike, bindings, options) as unknown as FastifyBaseLogger;
};
