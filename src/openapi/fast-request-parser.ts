import type { Operation, ParsedRequest, Request } from 'openapi-backend';
import type { Api } from './create-backend.js';
import { queryParameters } from './query-parameters.js';

type Query = Record<string, string | string[]>;
const lastParse = Symbol('lastParse');

/**
 * openapi-backend parses the same request three times per handleRequest (before routing,
 * after routing, and again inside validateRequest), each time deep-cloning the query with
 * lodash, lower-casing every header into a new object, parsing cookies and compiling the
 * operation's path template into a RegExp. On Check Status that was ~27 us of ~35 us in
 * openapi-backend (issue #5). This parser returns the same ParsedRequest for the requests the
 * sandbox gives it (Fastify's parsed query object, Node's lower-cased headers, a parsed or
 * absent body) with the path templates compiled once, and remembers its last answer for the
 * request object so validateRequest's parse is a copy. Anything unusual (a cookie header, a
 * string body, a query string instead of an object, query parameters
 * with a style the spec would need decoding for) goes to openapi-backend's own parser.
 */
export function installFastRequestParser(api: Api): void {
  const router = api.router;
  const original = router.parseRequest.bind(router);
  const templates = new Map<string, (path: string) => Record<string, string> | null>();

  router.parseRequest = (req: Request, operation?: Operation): ParsedRequest => {
    // The last answer rides on the request object itself (a WeakMap of short-lived keys costs
    // the garbage collector more than the parse it saves).
    const memo = req as Request & { [lastParse]?: { operation: Operation | undefined; parsed: ParsedRequest } };
    const hit = memo[lastParse];
    if (hit && hit.operation === operation) return { ...hit.parsed, query: { ...(hit.parsed.query as Query) } };
    const parsed = simple(req, operation) ? parse(req, operation) : original(req, operation);
    memo[lastParse] = { operation, parsed };
    return parsed;
  };

  /** Node and light-my-request hand over header names lower-cased, as openapi-backend wants them. */
  function simple(req: Request, operation: Operation | undefined): boolean {
    if (req.body !== undefined && req.body !== null && typeof req.body !== 'object') return false;
    if (typeof req.query !== 'object' || req.query === null) return false;
    if ((req.headers as Record<string, unknown>).cookie !== undefined) return false;
    return operation === undefined || !queryParameters(operation).styled;
  }

  function parse(req: Request, operation: Operation | undefined): ParsedRequest {
    const query: Query = {};
    const raw = req.query as Query;
    for (const name in raw) {
      const value = raw[name];
      query[name] = Array.isArray(value) ? [...value] : value;
    }
    let path = req.path.trim() || '';
    if (!path.startsWith('/')) path = `/${path}`;
    path = path.split('?')[0];
    let params: Record<string, string> = {};
    if (operation) {
      let match = templates.get(operation.path);
      if (!match) templates.set(operation.path, (match = pathParams(operation.path)));
      params = match(router.normalizePath(path)) ?? {};
    }
    // Fields named one by one: a spread of `req` would copy the memo riding on it.
    return {
      method: req.method.trim().toLowerCase(), path, body: req.body,
      params, headers: req.headers as ParsedRequest['headers'], query, cookies: {}, requestBody: req.body,
    };
  }
}

/**
 * A path template's parameters, as bath-es5 (openapi-backend's matcher) reads them: each
 * `{name}` matches one segment, percent-decoded; no match → null.
 */
export function pathParams(template: string): (path: string) => Record<string, string> | null {
  const names: string[] = [];
  const pattern = new RegExp('^' + template.replace(/\{([A-Za-z0-9_-]+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^\\/]*)';
  }) + '$');
  return (path) => {
    const m = pattern.exec(path);
    if (!m) return null;
    const params: Record<string, string> = {};
    names.forEach((name, i) => { params[name] = decodeURIComponent(m[i + 1]); });
    return params;
  };
}
