// The per-request logger (src/http/lazy-request-logger.ts): pino's child is made on the request's
// first log line at an enabled level, and what is logged is what Fastify's own child logs.
import t from 'tap';
import { Writable } from 'node:stream';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { buildApp } from '../../src/app.js';
import { resolveConfig } from '../../src/config.js';
import { lazyRequestLogger } from '../../src/http/lazy-request-logger.js';
import { ALICE, DEFAULT_CLIENT, PINNED } from '../helper.js';

/** Log lines written to a stream, parsed, without what changes from run to run. */
function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        const { time: _time, pid: _pid, hostname: _hostname, responseTime: _rt, ...rest } = JSON.parse(line) as Record<string, unknown>;
        lines.push(rest);
      }
      done();
    },
  });
  return { lines, stream };
}

/** A Fastify app's own pino logger, with its `child` counted. */
async function parentLogger(level: string) {
  const { lines, stream } = capture();
  const app = Fastify({ logger: { level, stream } });
  await app.ready();
  // The parent the factory is given, with `child` counted (the real logger is left as it is,
  // so that a child's own children are made by pino as usual).
  let children = 0;
  const parent = new Proxy(app.log, {
    get(target, prop) {
      if (prop === 'child') {
        return (...args: Parameters<FastifyBaseLogger['child']>) => {
          children++;
          return target.child(...args);
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const make = (options: object = {}) => lazyRequestLogger.call(app, parent, { reqId: 'req-7' }, options, {} as never);
  return { lines, make, children: () => children, close: () => app.close() };
}

t.test('no child is made for a request that logs nothing at an enabled level', async (t) => {
  const p = await parentLogger('warn');
  t.teardown(p.close);
  const log = p.make();
  log.info({ a: 1 }, 'not at warn');
  log.debug('nor this');
  log.trace('nor this');
  t.equal(p.children(), 0, 'no child for disabled levels');
  t.equal(log.level, 'warn', "its level is the parent's");
  t.equal((log as unknown as { isLevelEnabled(l: string): boolean }).isLevelEnabled('info'), false);
  log.warn({ a: 2 }, 'first line');
  log.error('second line');
  t.equal(p.children(), 1, 'one child, on the first line at an enabled level');
  t.same(p.lines, [
    { level: 40, reqId: 'req-7', a: 2, msg: 'first line' },
    { level: 50, reqId: 'req-7', msg: 'second line' },
  ], "the lines carry the request's bindings");
});

t.test('a level set on the request logger is its own, and its children are real ones', async (t) => {
  const p = await parentLogger('warn');
  t.teardown(p.close);
  const log = p.make();
  log.level = 'debug';
  log.debug('now enabled');
  t.equal(log.level, 'debug');
  const grandchild = log.child({ step: 'verify' });
  grandchild.info('from the grandchild');
  t.equal(p.children(), 1, 'setting the level made the child');
  t.same(p.lines, [
    { level: 20, reqId: 'req-7', msg: 'now enabled' },
    { level: 30, reqId: 'req-7', step: 'verify', msg: 'from the grandchild' },
  ]);
});

t.test('a route with its own level or serializers gets the real child at once', async (t) => {
  const p = await parentLogger('warn');
  t.teardown(p.close);
  const log = p.make({ level: 'info' });
  t.equal(p.children(), 1, 'made at once');
  t.equal(log.level, 'info');
  p.make({ serializers: {} });
  t.equal(p.children(), 2);
});

t.test('an app logs with it exactly what it logs with Fastify\'s own child', async (t) => {
  const run = async (lazy: boolean) => {
    const { lines, stream } = capture();
    const app = Fastify({ logger: { level: 'info', stream }, ...(lazy ? { childLoggerFactory: lazyRequestLogger } : {}) });
    app.get('/quiet', async (request) => {
      request.log.debug('below the level');
      return { ok: true };
    });
    app.get('/chatty', async (request) => {
      request.log.info({ step: 1 }, 'handled');
      request.log.child({ part: 'inner' }).warn('from a child');
      return { ok: true };
    });
    for (const url of ['/quiet', '/chatty', '/missing']) await app.inject({ url });
    await app.close();
    return lines;
  };
  const own = await run(false);
  t.ok(own.length >= 8, `Fastify logged ${own.length} lines`);
  t.same(await run(true), own, 'the same lines, request ids included');
});

t.test('the sandbox: every request line has its request id, the refusal included', async (t) => {
  const { lines, stream } = capture();
  const built = await buildApp(resolveConfig({ seed: 42, clock: PINNED, logLevel: 'info' }), { logger: { level: 'info', stream } });
  t.teardown(() => built.app.close());
  await built.app.inject({ url: `/api/v1/auth/passwordless/passkey/status?client_id=${DEFAULT_CLIENT}&identifier=${encodeURIComponent(ALICE.email)}` });
  // An unknown auth_code is refused with an explanation, logged by the handler ('request refused').
  await built.app.inject({
    url: `/api/v1/auth/passwordless/passkey/login?client_id=${DEFAULT_CLIENT}&identifier=${encodeURIComponent(ALICE.email)}&auth_code=000000000000000000000000`,
    method: 'POST',
    payload: { passkey: { id: 'eA', rawId: 'eA', type: 'public-key', response: { clientDataJSON: 'eA', authenticatorData: 'eA', signature: 'eA' }, clientExtensionResults: {} } },
  });
  const incoming = lines.filter((l) => l.msg === 'incoming request');
  const refused = lines.find((l) => l.msg === 'request refused');
  t.equal(incoming.length, 2);
  t.match(refused, { level: 30, error: 'invalid_auth_code', reqId: incoming[1]!.reqId }, "the refusal carries its request's id");
  t.ok(lines.filter((l) => 'req' in l || 'res' in l).every((l) => typeof l.reqId === 'string'), 'so do the incoming / completed lines');
});
