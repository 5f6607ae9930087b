// The sandbox routes with Fastify (one route per operation, src/openapi/register-routes.ts)
// and checks requests with openapi-backend's compiled validators on what Fastify parsed. It must
// decide exactly as openapi-backend's own handleRequest does over the same spec: the same
// outcome (operation, 404, 405, security failure, validation errors, each with its message)
// and, when the operation runs, the same path parameters and query.
import t from 'tap';
import { OpenAPIBackend, type Context, type Request } from 'openapi-backend';
import type { OpenAPIV3 } from 'openapi-types';
import { SandboxError } from '../../src/errors.js';
import { handlers } from '../../src/handlers/index.js';
import type { AnyHandler } from '../../src/handlers/handler.js';
import { ajvOptions, customizeAjv } from '../../src/openapi/create-ajv.js';
import { loadSpec } from '../../src/openapi/spec.js';
import { compileOperations } from '../../src/openapi/compile-operations.js';
import { securitySchemes, type SecurityRequest } from '../../src/openapi/security.js';
import { validationError } from '../../src/openapi/validation-error.js';
import { ALICE, build, DEFAULT_CLIENT, type Harness } from '../helper.js';

const spec = loadSpec() as OpenAPIV3.Document;

const FORM = 'application/x-www-form-urlencoded';
const isForm = (op: OpenAPIV3.OperationObject | undefined) => Boolean((op?.requestBody as OpenAPIV3.RequestBodyObject | undefined)?.content?.[FORM]);

/**
 * Requests for every operation: a fitting one, one with repeated and unknown query keys, one with
 * odd headers and body, one for the fallback parser. A form operation (the OIDC token endpoint)
 * gets forms instead: as Fastify's form parser reads them, a repeated field is a list.
 */
function requestsFor(token: string): Request[] {
  const out: Request[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      if (!item?.[method]) continue;
      const path = template.replace(/\{[^}]+\}/g, (m) => (m.includes('asset') ? 'demo.js' : 'cred%20id%2Fx'));
      const form = isForm(item[method]);
      const type = { 'content-type': form ? FORM : 'application/json' };
      const headers = { host: 'localhost', origin: 'http://localhost:3000', authorization: `Bearer ${token}`, ...(form ? type : {}) };
      out.push({ method, path, headers, query: { client_id: DEFAULT_CLIENT, identifier: ALICE.email, auth_code: 'ac_1' }, body: method === 'get' ? undefined : form ? { name: 'x', grant_type: 'password' } : { name: 'x', passkey: {} } });
      out.push({ method, path, headers: { ...headers, 'x-client-id': 'other' }, query: { client_id: [DEFAULT_CLIENT, 'b'], extra: '1', identifier: '' }, body: form ? { grant_type: ['a', 'b'] } : [] });
      out.push({ method: method.toUpperCase(), path: `${path}/`, headers: type, query: {}, body: form ? { unexpected: 'true' } : { unexpected: true } });
      // What the fast parser hands to openapi-backend's own: a cookie header, a string body.
      out.push({ method, path, headers: { ...headers, cookie: 'a=b; c=d', ...type }, query: { client_id: DEFAULT_CLIENT }, body: form ? { name: 'x' } : '{"name":"x"}' });
    }
  }
  out.push({ method: 'get', path: '/nowhere', headers: {}, query: {} });
  out.push({ method: 'delete', path: '/api/v1/auth/passwordless/passkey/status', headers: {}, query: { client_id: DEFAULT_CLIENT } });
  return out;
}


/** openapi-backend's own handleRequest over the spec, with the sandbox's security checks as its security handlers. */
async function plainBackend(h: Harness) {
  const api = new OpenAPIBackend({ definition: structuredClone(spec) as never, strict: true, quick: true, ajvOpts: { ...ajvOptions }, customizeAjv: (ajv) => customizeAjv(ajv) });
  const schemes = securitySchemes(h.services);
  let client: Promise<unknown> | undefined;
  const once = (r: SecurityRequest) => (client ??= (async () => {
    const { resolveClient } = await import('../../src/openapi/resolve-client.js');
    return resolveClient(h.services.store, r.query, r.headers);
  })());
  const asRequest = (c: Context): SecurityRequest => ({ query: c.request.query as never, headers: c.request.headers as never });
  api.register({
    notFound: (c: Context) => ({ error: new SandboxError('resource_not_found', { missing: `No operation at ${c.request.method.toUpperCase()} ${c.request.path}`, fix: 'see /docs for the API' }) }),
    methodNotAllowed: () => ({ error: 'method_not_allowed' }),
    validationFail: (c: Context) => ({ error: validationError(c.validation.errors ?? [], isForm(c.operation as OpenAPIV3.OperationObject)) }),
    unauthorizedHandler: (c: Context) => {
      for (const name of ['ClientIdQuery', 'ClientIdHeader', 'BearerAuth', 'MfaBearer', 'ManagementSecret', 'CustomDomain']) {
        const err = (c.security as Record<string, { error?: unknown } | undefined>)[name]?.error;
        if (err instanceof SandboxError) return { error: err };
      }
      return { error: new SandboxError('client_id_required') };
    },
    ...Object.fromEntries(Object.keys(handlers).map((id) => [id, (c: Context) => ({ operation: id, params: c.request.params, query: c.request.query })])),
  });
  api.registerSecurityHandler('ClientIdQuery', (c: Context) => { client = undefined; return once(asRequest(c)); });
  api.registerSecurityHandler('ClientIdHeader', (c: Context) => once(asRequest(c)));
  api.registerSecurityHandler('BearerAuth', (c: Context) => schemes.BearerAuth(asRequest(c)));
  api.registerSecurityHandler('MfaBearer', (c: Context) => schemes.MfaBearer(asRequest(c), once as never));
  api.registerSecurityHandler('ManagementSecret', (c: Context) => schemes.ManagementSecret(asRequest(c), once as never));
  api.registerSecurityHandler('CustomDomain', (c: Context) => schemes.CustomDomain(asRequest(c), once as never));
  await api.init();
  return api;
}

/** A form body as a browser sends it, a list as the field repeated. */
const formOf = (fields: Record<string, string | string[]>) =>
  new URLSearchParams(Object.entries(fields).flatMap(([name, value]) => [value].flat().map((v): [string, string] => [name, v]))).toString();

type Outcome = { operation?: string; params?: unknown; query?: unknown; error?: string | [string, string] };

t.test('the Fastify request path decides as openapi-backend handleRequest does, for every request', async (t) => {
  // Each handler reports that it was reached, and with what, instead of running (the session
  // that gives the test its token runs for real).
  const reached: Outcome[] = [];
  // Swapped by id, whatever the operation: the typed map seen as the request path sees it.
  const registry = handlers as Record<string, AnyHandler>;
  const originals = { ...registry };
  for (const id of Object.keys(registry)) {
    registry[id] = async (input, deps) => {
      if (id === 'sandboxCreateSession') return originals[id](input, deps);
      reached.push({ operation: id, params: { ...input.params }, query: { ...input.query } });
      return { status: 204, body: undefined };
    };
  }
  t.teardown(() => { Object.assign(registry, originals); });
  const h = await build(t, { responseValidation: 'off' });
  const token = await h.session(ALICE.email);
  const plain = await plainBackend(h);
  const outcomes = new Set<string>();
  for (const req of requestsFor(token)) {
    const theirs = await plain.handleRequest({ ...req }) as Outcome & { error?: SandboxError | string };
    const expected: Outcome = theirs.error === undefined ? theirs : { error: typeof theirs.error === 'string' ? theirs.error : [theirs.error.id, theirs.error.message] };
    reached.length = 0;
    const form = req.headers['content-type'] === FORM;
    const res = await h.app.inject({
      // Over HTTP a body comes with its media type (openapi-backend is handed it parsed).
      method: req.method.toUpperCase() as 'GET', url: req.path, query: req.query as never,
      headers: { ...(req.body === undefined ? {} : { 'content-type': 'application/json' }), ...req.headers } as never,
      ...(req.body === undefined ? {} : { payload: form ? formOf(req.body as Record<string, string | string[]>) : typeof req.body === 'string' ? req.body : JSON.stringify(req.body) }),
    });
    const body = res.body ? JSON.parse(res.body) : undefined;
    const ours: Outcome = reached[0] ?? { error: body.error === 'method_not_allowed' ? 'method_not_allowed' : [body.error, body.error_description] };
    t.same(ours, expected, `${req.method} ${req.path} ${JSON.stringify(req.query)}`);
    outcomes.add(ours.operation ? 'operation' : Array.isArray(ours.error) ? ours.error[0] : String(ours.error));
  }
  // The set of requests reaches every kind of outcome, so the comparison means something.
  for (const id of ['operation', 'resource_not_found', 'method_not_allowed', 'client_id_conflict', 'invalid_query_parameters']) {
    t.ok(outcomes.has(id), `some request ends in ${id} (${[...outcomes].join(', ')})`);
  }
});

// openapi.yaml has no array query parameter, so the coercion of a single value is checked on a small spec that has one.
t.test('a single value of an array query parameter is validated as [value], as openapi-backend does', async (t) => {
  const definition = {
    openapi: '3.0.3', info: { title: 'q', version: '1' },
    paths: { '/arrays': { get: { operationId: 'arrays', parameters: [
      { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string', maxLength: 3 } } },
    ], responses: { 200: { description: 'ok' } } } } },
  };
  const api = new OpenAPIBackend({ definition: structuredClone(definition) as never, quick: true });
  await api.init();
  const [op] = compileOperations(api, new Set());
  const { validateRequest } = await import('../../src/openapi/validate-request.js');
  const check = (query: Record<string, string | string[]>) => validateRequest(op, { params: {}, query, headers: {}, body: undefined });
  t.equal(check({ tags: 'ab' }), null, 'one short value passes as [value]');
  t.match(check({ tags: 'abcd' })?.message, /query\.tags\.0 must NOT have more than 3 characters/, 'one long value fails as item 0');
  t.equal(check({ tags: ['a', 'b'] }), null, 'repeated values pass');
});

t.test('a spec feature the request path cannot serve is a boot error naming the operation', async (t) => {
  const withOperation = async (operation: object, path = '/x') => {
    const api = new OpenAPIBackend({ definition: { openapi: '3.0.3', info: { title: 'q', version: '1' }, paths: { [path]: { get: { operationId: 'x', responses: { 200: { description: 'ok' } }, ...operation } } } } as never, quick: true });
    await api.init();
    return () => compileOperations(api, new Set(['Known']));
  };
  t.throws(await withOperation({ parameters: [{ name: 's', in: 'cookie', schema: { type: 'string' } }] }), /GET \/x \(x\) has a cookie parameter/);
  t.throws(await withOperation({ parameters: [{ name: 'q', in: 'query', explode: false, schema: { type: 'array' } }] }), /query parameter \(q\) that would need decoding/);
  t.throws(await withOperation({ parameters: [{ name: 'q', in: 'query', content: { 'application/json': { schema: {} } } }] }), /query parameter \(q\)/);
  t.throws(await withOperation({ requestBody: { content: { 'text/plain': { schema: { type: 'string' } } } } }), /takes a body of text\/plain/);
  t.throws(await withOperation({ security: [{ Unknown: [] }] }), /security schemes without a handler \(Unknown\)/);
  t.throws(await withOperation({ parameters: [{ name: 'n', in: 'path', required: true, schema: { type: 'string' } }] }, '/files/{n}.json'), /path segment "\{n\}.json"/);
  t.doesNotThrow(await withOperation({ security: [{ Known: [] }] }), 'a known scheme compiles');
});
