// The sandbox routes with openapi-backend's router and validator, but through its own
// parseRequest and handleRequest flow (src/openapi/fast-request-parser.ts, route-request.ts;
// issue #5). Both must decide exactly as openapi-backend's own code does: the same parsed
// request, and the same outcome (operation, 404, 405, security failure, validation errors).
import t from 'tap';
import { OpenAPIBackend, type Operation, type Request } from 'openapi-backend';
import type { OpenAPIV3 } from 'openapi-types';
import { ajvOptions, customizeAjv } from '../../src/openapi/create-ajv.js';
import { loadSpec } from '../../src/openapi/spec.js';
import { routeRequest } from '../../src/openapi/route-request.js';
import type { Routed } from '../../src/openapi/create-backend.js';
import { ALICE, build, DEFAULT_CLIENT } from '../helper.js';

const spec = loadSpec() as OpenAPIV3.Document;

async function plainBackend() {
  const api = new OpenAPIBackend({ definition: structuredClone(spec) as never, strict: true, quick: true, ajvOpts: { ...ajvOptions }, customizeAjv: (ajv) => customizeAjv(ajv), handlers: {} });
  await api.init();
  return api;
}

/** Requests for every operation: a fitting one, one with repeated and unknown query keys, one with odd headers and body, one for the fallback parser. */
function requestsFor(token: string): Request[] {
  const out: Request[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      if (!item?.[method]) continue;
      const path = template.replace(/\{[^}]+\}/g, (m) => (m.includes('asset') ? 'demo.js' : 'cred%20id%2Fx'));
      const headers = { host: 'localhost', origin: 'http://localhost:3000', authorization: `Bearer ${token}` };
      out.push({ method, path, headers, query: { client_id: DEFAULT_CLIENT, identifier: ALICE.email, auth_code: 'ac_1' }, body: method === 'get' ? undefined : { name: 'x', passkey: {} } });
      out.push({ method, path, headers: { ...headers, 'x-client-id': 'other' }, query: { client_id: [DEFAULT_CLIENT, 'b'], extra: '1', identifier: '' }, body: [] });
      out.push({ method: method.toUpperCase(), path: `${path}/`, headers: { 'content-type': 'application/json' }, query: {}, body: { unexpected: true } });
      // What the fast parser hands to openapi-backend's own: a cookie header, a string body.
      out.push({ method, path, headers: { ...headers, cookie: 'a=b; c=d', 'content-type': 'application/json' }, query: { client_id: DEFAULT_CLIENT }, body: '{"name":"x"}' });
    }
  }
  out.push({ method: 'get', path: '/nowhere', headers: {}, query: {} });
  out.push({ method: 'delete', path: '/api/v1/auth/passwordless/passkey/status', headers: {}, query: { client_id: DEFAULT_CLIENT } });
  return out;
}

t.test('parseRequest: the fast parser gives what openapi-backend gives, with and without the operation', async (t) => {
  const h = await build(t);
  const plain = await plainBackend();
  const fields = (p: Record<string, unknown>) => ({ method: p.method, path: p.path, params: p.params, headers: p.headers, query: { ...(p.query as object) }, cookies: { ...(p.cookies as object) }, requestBody: p.requestBody });
  let compared = 0;
  for (const req of requestsFor('tok')) {
    const op = plain.router.matchOperation(req);
    const operations: Array<Operation | undefined> = op ? [undefined, op] : [undefined];
    for (const operation of operations) {
      const fast = h.api.router.parseRequest({ ...req }, operation === undefined ? undefined : h.api.router.getOperation(operation.operationId!));
      t.same(fields(fast as never), fields(plain.router.parseRequest({ ...req }, operation as never) as never), `${req.method} ${req.path} ${operation ? 'routed' : 'unrouted'}`);
      compared++;
    }
  }
  t.ok(compared > 100, `${compared} parses compared`);
});

t.test('routeRequest: the same outcome as openapi-backend handleRequest for every request', async (t) => {
  const h = await build(t);
  const token = await h.session(ALICE.email);
  const summary = (r: Routed) => ({
    kind: r.kind,
    operation: r.context.operation?.operationId,
    error: r.kind === 'error' ? [r.error.id, r.error.message] : null,
    authorized: (r.context.security as { authorized?: boolean } | undefined)?.authorized,
    validation: r.context.validation?.errors ?? null,
    params: r.context.request?.params,
    query: r.context.request?.query,
  });
  const outcomes = new Set<string>();
  for (const req of requestsFor(token)) {
    const ours = await routeRequest(h.api, { ...req });
    const theirs = await h.api.handleRequest({ ...req }) as Routed;
    t.same(summary(ours), summary(theirs), `${req.method} ${req.path}`);
    outcomes.add(ours.kind === 'error' ? ours.error.id : 'operation');
  }
  // The set of requests reaches every kind of outcome, so the comparison means something.
  for (const id of ['operation', 'resource_not_found', 'method_not_allowed', 'client_id_conflict', 'invalid_query_parameters']) {
    t.ok(outcomes.has(id), `some request ends in ${id} (${[...outcomes].join(', ')})`);
  }
});

t.test('validateRequest: the fast validator gives what openapi-backend gives for every routed request', async (t) => {
  const h = await build(t);
  const plain = await plainBackend();
  const outcome = (v: { valid: boolean; errors?: unknown; coerced?: { query?: unknown; params?: unknown } }) => ({ valid: v.valid, errors: v.errors ?? null, query: v.coerced?.query, params: v.coerced?.params });
  let valid = 0;
  let invalid = 0;
  for (const req of requestsFor('tok')) {
    const op = plain.router.matchOperation(req) as Operation | undefined;
    if (!op) continue;
    const ours = h.api.validator.validateRequest({ ...req }, h.api.router.getOperation(op.operationId!)!);
    const theirs = plain.validator.validateRequest({ ...req }, op as never);
    t.same(outcome(ours), outcome(theirs), `${req.method} ${req.path} ${JSON.stringify(req.query)}`);
    if (theirs.valid) valid++;
    else invalid++;
  }
  // Both outcomes are reached, so the comparison means something.
  t.ok(valid > 10 && invalid > 10, `${valid} valid and ${invalid} invalid requests compared`);
});

t.test('matchOperation: the memoized match gives what openapi-backend gives, first time and from the memo', async (t) => {
  const h = await build(t);
  const plain = await plainBackend();
  const outcome = (match: () => Operation | undefined) => {
    try {
      return match()?.operationId ?? 'undefined';
    } catch (err) {
      return (err as Error).message;
    }
  };
  const seen = new Set<string>();
  const requests = [
    ...requestsFor('tok'),
    { method: ' GET ', path: 'api/v1/auth/passwordless/passkey/status?x=1', headers: {} },
    { method: 'patch', path: '/api/v1/auth/passwordless/passkey/credentials/a%2Fb/', headers: {} },
  ];
  for (const req of requests) {
    for (const strict of [false, true]) {
      const theirs = outcome(() => plain.router.matchOperation({ ...req }, strict) as Operation | undefined);
      for (const pass of ['first', 'memo']) {
        t.equal(outcome(() => h.api.router.matchOperation({ ...req }, strict)), theirs, `${req.method} ${req.path} strict=${strict} (${pass})`);
      }
      seen.add(theirs.slice(0, 3));
    }
  }
  t.ok(seen.has('404') && seen.has('405') && seen.has('und') && seen.size > 5, `operations, 404s, 405s and undefined all compared (${[...seen].join(', ')})`);
});

// openapi.yaml has no array, JSON-content or explode: false query parameter, so the paths the
// fast parser and validator take for them (array coercion, falling back to openapi-backend's
// own code) are checked on a small spec that has them.
t.test('query parameters the sandbox spec lacks: arrays coerced, styled and JSON ones handed to openapi-backend, as it would', async (t) => {
  const { installFastRequestParser } = await import('../../src/openapi/fast-request-parser.js');
  const { installFastRequestValidator } = await import('../../src/openapi/fast-request-validator.js');
  const { queryParameters } = await import('../../src/openapi/query-parameters.js');
  const definition = {
    openapi: '3.0.3', info: { title: 'q', version: '1' },
    paths: {
      '/arrays': { get: { operationId: 'arrays', parameters: [
        { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string', maxLength: 3 } } },
        { name: 'one', in: 'query', schema: { type: 'string' } },
      ], responses: { 200: { description: 'ok' } } } },
      '/styled': { get: { operationId: 'styled', parameters: [
        { name: 'ids', in: 'query', explode: false, schema: { type: 'array', items: { type: 'integer' } } },
      ], responses: { 200: { description: 'ok' } } } },
      '/json': { get: { operationId: 'json', parameters: [
        { name: 'filter', in: 'query', content: { 'application/json': { schema: { type: 'object', required: ['a'] } } } },
      ], responses: { 200: { description: 'ok' } } } },
    },
  };
  const backend = async () => {
    const api = new OpenAPIBackend({ definition: structuredClone(definition) as never, strict: true, quick: true, ajvOpts: { ...ajvOptions }, customizeAjv: (ajv) => customizeAjv(ajv), handlers: {} });
    await api.init();
    return api;
  };
  const fast = await backend();
  installFastRequestParser(fast);
  installFastRequestValidator(fast);
  const plain = await backend();

  t.same(queryParameters(fast.router.getOperation('arrays')!), { arrays: new Set(['tags']), json: false, styled: false });
  t.same(queryParameters(fast.router.getOperation('styled')!), { arrays: new Set(['ids']), json: false, styled: true });
  t.same(queryParameters(fast.router.getOperation('json')!), { arrays: new Set(), json: true, styled: true });

  const requests: Request[] = [
    { method: 'get', path: '/arrays', headers: {}, query: { tags: 'ab', one: 'x' } },
    { method: 'get', path: '/arrays', headers: {}, query: { tags: 'abcd' } },
    { method: 'get', path: '/arrays', headers: {}, query: { tags: ['a', 'b'], one: ['x', 'y'] } },
    { method: 'get', path: '/styled', headers: {}, query: { ids: '1,2,3' } },
    { method: 'get', path: '/styled', headers: {}, query: { ids: '1,x' } },
    { method: 'get', path: '/json', headers: {}, query: { filter: '{"a":1}' } },
    { method: 'get', path: '/json', headers: {}, query: { filter: '{"b":1}' } },
    { method: 'get', path: '/json', headers: {}, query: { filter: '{not json' } },
  ];
  const outcome = (v: { valid: boolean; errors?: unknown; coerced?: { query?: unknown } }) => ({ valid: v.valid, errors: v.errors ?? null, query: v.coerced?.query });
  let valid = 0;
  for (const req of requests) {
    const id = (plain.router.matchOperation(req) as unknown as Operation).operationId!;
    const name = `${req.path} ${JSON.stringify(req.query)}`;
    t.same(fast.router.parseRequest({ ...req }, fast.router.getOperation(id)).query, plain.router.parseRequest({ ...req }, plain.router.getOperation(id) as never).query, `parse ${name}`);
    const theirs = plain.validator.validateRequest({ ...req }, plain.router.getOperation(id) as never);
    t.same(outcome(fast.validator.validateRequest({ ...req }, fast.router.getOperation(id)!)), outcome(theirs), `validate ${name}`);
    if (theirs.valid) valid++;
  }
  t.ok(valid > 0 && valid < requests.length, `${valid} of ${requests.length} valid: both outcomes compared`);
  // `tags: 'ab'` passes `type: array` only if it was coerced to ['ab'].
  t.equal(fast.validator.validateRequest({ ...requests[0] }, fast.router.getOperation('arrays')!).valid, true, 'a single value of an array parameter is validated as [value]');
});
