import fc from 'fast-check';
import { isoCBOR } from '@simplewebauthn/server/helpers';

/** One HTTP request as the fuzzer builds it; `query` keeps order and duplicates. */
export interface FuzzRequest {
  method: string;
  path: string;
  query: [string, string][];
  headers: Record<string, string | string[]>;
  /** A JSON value to send, or raw text (already broken, or with a deep value spliced in). */
  body?: { json: unknown } | { raw: string };
  /** undefined: application/json when there is a body; null: no Content-Type at all. */
  contentType?: string | null;
}

export function url(req: FuzzRequest): string {
  const qs = new URLSearchParams(req.query).toString();
  return qs ? `${req.path}?${qs}` : req.path;
}

/** The request as text, to replay a failing case by hand. Long values are cut. */
export function describeRequest(req: FuzzRequest): string {
  const cut = (s: string) => (s.length > 1500 ? `${s.slice(0, 1500)}…(${s.length} chars)` : s);
  const body = req.body === undefined ? '' : 'raw' in req.body ? req.body.raw : safeStringify(req.body.json);
  const headers = Object.entries(req.headers).map(([k, v]) => `${k}: ${cut(JSON.stringify(v))}`).join('\n  ');
  return `${req.method} ${cut(url(req))}\n  content-type: ${String(req.contentType)}\n  ${headers}\n  body: ${cut(body)}`;
}

function safeStringify(v: unknown): string {
  try { return JSON.stringify(v); } catch (err) { return `<unprintable: ${(err as Error).message}>`; }
}

// ---------------------------------------------------------------------------------------------
// Values

/** A replacement value: a JSON value, or a nesting `depth` levels deep (spliced into the raw text). */
export type FuzzValue = { v: unknown } | { deep: number; shape: 'array' | 'object' };

const NASTY = [
  '', ' ', '\u0000', '\ud800', '\udfff', '💩', '\u202e', 'e\u0301', 'Ａ', 'ǅ', '\r\n', '\t', 'null', 'undefined',
  '__proto__', 'constructor', '%s%n%x', "' OR 1=1 --", '<script>alert(1)</script>', '../../etc/passwd', '0', '-1', '1e999',
  'true', '{}', '[]', '=', '==', 'AAAA====', '+/+/', '\uFEFF', '\u00ff\u00fe',
];

export const fuzzString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.integer({ min: 256, max: 70_000 }).map((n) => 'A'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2000 }).map((n) => '💩'.repeat(n)) },
);

const deepValue: fc.Arbitrary<FuzzValue> = fc.record({
  deep: fc.oneof(fc.integer({ min: 50, max: 500 }), fc.integer({ min: 2000, max: 20_000 })),
  shape: fc.constantFrom('array' as const, 'object' as const),
});

/** Wrong types, edge numbers, nasty and huge strings, random JSON, deep nesting. */
export const fuzzValue: fc.Arbitrary<FuzzValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, -0, 2 ** 53 + 1, 1e308, -1e308, [], {}, [null], { '': '' }, [[[]]]).map((v) => ({ v })) },
  { weight: 4, arbitrary: fuzzString.map((v) => ({ v })) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => ({ v })) },
  { weight: 1, arbitrary: deepValue },
);

const DEEP_MARK = 'fuzz-deep-7c1e0b';
const DEEP = JSON.stringify(DEEP_MARK);
const deepText = (d: { deep: number; shape: 'array' | 'object' }) =>
  d.shape === 'array' ? '['.repeat(d.deep) + ']'.repeat(d.deep) : '{"a":'.repeat(d.deep) + '1' + '}'.repeat(d.deep);

// ---------------------------------------------------------------------------------------------
// Mutations: plain data, sampled by fast-check and applied to a real request at run time.

export type B64How =
  | { how: 'bad-char'; at: number; char: string }
  | { how: 'padding'; pad: string }
  | { how: 'truncate'; keep: number }
  | { how: 'garbage'; bytes: number[] }
  | { how: 'flip'; at: number; mask: number }
  | { how: 'cbor'; template: number }
  | { how: 'authdata'; what: AuthDataHow; fmt: string };

export type AuthDataHow = { cut: number } | { flags: number } | { counter: number } | { append: number[] };

export type ClientDataHow =
  | { how: 'field'; field: string; value: FuzzValue }
  | { how: 'delete'; field: string }
  | { how: 'text'; text: string };

export type Mutation =
  | { kind: 'body-set'; pick: number; value: FuzzValue }
  | { kind: 'body-delete'; pick: number }
  | { kind: 'body-extra'; pick: number; key: string; value: FuzzValue }
  | { kind: 'b64'; pick: number; b64: B64How }
  | { kind: 'client-data'; pick: number; cd: ClientDataHow }
  | { kind: 'passkey-string'; cut: number | null }
  | { kind: 'raw-body'; raw: RawHow }
  | { kind: 'content-type'; value: string | null }
  | { kind: 'query-drop'; pick: number }
  | { kind: 'query-set'; pick: number; value: string }
  | { kind: 'query-dup'; pick: number; value: string | null }
  | { kind: 'query-extra'; key: string; value: string }
  | { kind: 'header'; header: HeaderHow }
  | { kind: 'path-param'; pick: number; value: string; encode: boolean }
  | { kind: 'method'; method: string };

export type RawHow =
  | { how: 'truncate'; keep: number }
  | { how: 'text'; text: string }
  | { how: 'duplicate-key' }
  | { how: 'none' }
  | { how: 'bytes'; bytes: number[] };

export type HeaderHow =
  | { how: 'drop'; name: 'x-client-id' | 'authorization' }
  | { how: 'client-id'; value: string }
  | { how: 'client-id-array'; second: string }
  | { how: 'authorization'; value: string }
  | { how: 'bearer-tamper'; at: number; char: string; part: 0 | 1 | 2 }
  | { how: 'bearer-alg-none' }
  | { how: 'bearer-array' }
  | { how: 'junk'; name: string; value: string };

const b64How: fc.Arbitrary<B64How> = fc.oneof(
  fc.record({ how: fc.constant('bad-char' as const), at: fc.nat(), char: fc.constantFrom('+', '/', '=', '!', ' ', '%', '\n', 'é', '.', '\u0000', '💩') }),
  fc.record({ how: fc.constant('padding' as const), pad: fc.constantFrom('=', '==', '===', '====') }),
  fc.record({ how: fc.constant('truncate' as const), keep: fc.nat({ max: 400 }) }),
  fc.record({ how: fc.constant('garbage' as const), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 300 }) }),
  fc.record({ how: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ how: fc.constant('cbor' as const), template: fc.nat({ max: 1000 }) }),
  fc.record({
    how: fc.constant('authdata' as const),
    what: fc.oneof(
      fc.record({ cut: fc.nat({ max: 200 }) }),
      fc.record({ flags: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ counter: fc.oneof(fc.constant(0), fc.constant(0xffffffff), fc.nat()) }),
      fc.record({ append: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }) }),
    ),
    fmt: fc.constantFrom('none', 'packed', 'fido-u2f', 'tpm', 'android-key', 'android-safetynet', 'apple', 'x', ''),
  }),
);

const CLIENT_DATA_FIELDS = ['type', 'challenge', 'origin', 'crossOrigin', 'topOrigin', 'tokenBinding', '__proto__'];
const clientDataHow: fc.Arbitrary<ClientDataHow> = fc.oneof(
  fc.record({ how: fc.constant('field' as const), field: fc.constantFrom(...CLIENT_DATA_FIELDS), value: fuzzValue }),
  fc.record({ how: fc.constant('field' as const), field: fc.constantFrom('type'), value: fc.constantFrom('webauthn.create', 'webauthn.get', 'payment.get', 'WEBAUTHN.GET').map((v) => ({ v })) }),
  fc.record({ how: fc.constant('field' as const), field: fc.constantFrom('origin', 'topOrigin'), value: fc.constantFrom('http://evil.test', 'http://localhost', 'https://localhost:3000', 'http://localhost:3000/', 'null', 'http://localhost:99999').map((v) => ({ v })) }),
  fc.record({ how: fc.constant('delete' as const), field: fc.constantFrom(...CLIENT_DATA_FIELDS) }),
  fc.record({ how: fc.constant('text' as const), text: fc.oneof(fc.constantFrom('', 'null', '[]', '"x"', '{', 'not json', '1', '{"type":', '\u00ff\u00fe\u0000', '[' .repeat(3000)), fuzzString) }),
);

const rawHow: fc.Arbitrary<RawHow> = fc.oneof(
  fc.record({ how: fc.constant('truncate' as const), keep: fc.nat({ max: 2000 }) }),
  fc.record({ how: fc.constant('text' as const), text: fc.oneof(fc.constantFrom('', ' ', 'null', '[]', '"x"', '1', 'true', '{', '}', '{"a":1,}', "{'a':1}", 'NaN', '\u0000', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}'), fuzzString) }),
  fc.constant({ how: 'duplicate-key' as const }),
  fc.constant({ how: 'none' as const }),
  fc.record({ how: fc.constant('bytes' as const), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 200 }) }),
);

const CONTENT_TYPES = [
  null, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream',
  'application/json; charset=latin1', 'application/json; charset=utf-16', 'APPLICATION/JSON', 'application/json, text/plain',
  'application/vnd.api+json', 'application/jsonx', 'json', '', ';', 'application/json; =', 'text/html; charset=utf-8',
];

const headerHow: fc.Arbitrary<HeaderHow> = fc.oneof(
  fc.record({ how: fc.constant('drop' as const), name: fc.constantFrom('x-client-id' as const, 'authorization' as const) }),
  fc.record({ how: fc.constant('client-id' as const), value: fc.oneof(fc.constantFrom('', 'cli_unknown', 'cli_sandbox0000000000001 ', 'CLI_SANDBOX0000000000001', 'a,b', 'x'.repeat(201), 'x'.repeat(8000), '..', '-'), fc.stringMatching(/^[A-Za-z0-9_.-]{1,30}$/)) }),
  fc.record({ how: fc.constant('client-id-array' as const), second: fc.constantFrom('cli_sandbox0000000000001', 'cli_other', '') }),
  fc.record({ how: fc.constant('authorization' as const), value: fc.constantFrom('Bearer', 'Bearer ', 'Bearer garbage', 'Bearer a.b.c', 'Bearer ...', 'Basic dXNlcjpwYXNz', 'Token abc', '', 'Bearer ' + 'A'.repeat(9000), 'Bearer eyJhbGciOiJub25lIn0.e30.', 'Bearer eyJ.eyJ.sig') }),
  fc.record({ how: fc.constant('bearer-tamper' as const), at: fc.nat(), char: fc.constantFrom('A', '_', '-', '.', '!', '='), part: fc.constantFrom(0 as const, 1 as const, 2 as const) }),
  fc.constant({ how: 'bearer-alg-none' as const }),
  fc.constant({ how: 'bearer-array' as const }),
  fc.record({ how: fc.constant('junk' as const), name: fc.constantFrom('x-forwarded-for', 'x-http-method-override', 'accept', 'accept-encoding', 'origin', 'cookie', 'x-request-id', 'content-encoding'), value: fc.constantFrom('', 'DELETE', 'gzip', 'x'.repeat(4000), 'text/html', '*/*;q=0', 'http://evil.test', 'a=b; c') }),
);

/** Mutation arbitraries; `hasBody` / `hasPath` weight them towards what the operation has. */
export function mutationArb(opts: { hasBody: boolean; hasQuery: boolean; hasPathParam: boolean; webauthn: boolean }): fc.Arbitrary<Mutation> {
  const w = (cond: boolean, weight: number) => (cond ? weight : 0);
  const entries: { weight: number; arbitrary: fc.Arbitrary<Mutation> }[] = [
    { weight: w(opts.hasBody, 6), arbitrary: fc.record({ kind: fc.constant('body-set' as const), pick: fc.nat(), value: fuzzValue }) },
    { weight: w(opts.hasBody, 3), arbitrary: fc.record({ kind: fc.constant('body-delete' as const), pick: fc.nat() }) },
    { weight: w(opts.hasBody, 2), arbitrary: fc.record({ kind: fc.constant('body-extra' as const), pick: fc.nat(), key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', '', 'passkey', 'email'), fuzzString.filter((s) => s.length < 64)), value: fuzzValue }) },
    { weight: w(opts.webauthn, 16), arbitrary: fc.record({ kind: fc.constant('b64' as const), pick: fc.nat(), b64: b64How }) },
    { weight: w(opts.webauthn, 8), arbitrary: fc.record({ kind: fc.constant('client-data' as const), pick: fc.nat(), cd: clientDataHow }) },
    { weight: w(opts.webauthn, 2), arbitrary: fc.record({ kind: fc.constant('passkey-string' as const), cut: fc.option(fc.nat({ max: 3000 }), { freq: 2, nil: null }) as fc.Arbitrary<number | null> }) },
    { weight: w(opts.hasBody, 2), arbitrary: fc.record({ kind: fc.constant('raw-body' as const), raw: rawHow }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw-body' as const), raw: rawHow }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('content-type' as const), value: fc.constantFrom(...CONTENT_TYPES) }) },
    { weight: w(opts.hasQuery, 2), arbitrary: fc.record({ kind: fc.constant('query-drop' as const), pick: fc.nat() }) },
    { weight: w(opts.hasQuery, 3), arbitrary: fc.record({ kind: fc.constant('query-set' as const), pick: fc.nat(), value: fuzzString }) },
    { weight: w(opts.hasQuery, 2), arbitrary: fc.record({ kind: fc.constant('query-dup' as const), pick: fc.nat(), value: fc.option(fuzzString, { nil: null }) as fc.Arbitrary<string | null> }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('query-extra' as const), key: fc.oneof(fc.constantFrom('client_id', 'auth_code', 'identifier', 'state', '__proto__', 'x'), fuzzString), value: fuzzString }) },
    // WebAuthn operations spend their cases mostly on the credential (to reach the verification code).
    { weight: opts.webauthn ? 2 : 4, arbitrary: fc.record({ kind: fc.constant('header' as const), header: headerHow }) },
    { weight: w(opts.hasPathParam, 4), arbitrary: fc.record({ kind: fc.constant('path-param' as const), pick: fc.nat(), value: fuzzString, encode: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('method' as const), method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS') }) },
  ];
  return fc.oneof(...entries.filter((e) => e.weight > 0));
}

// ---------------------------------------------------------------------------------------------
// Applying mutations

/** What a mutation needs from the real context: path parameter positions and a foreign token. */
export interface ApplyContext {
  /** Names and values of the path parameters, in order, and the template. */
  template: string;
  pathParams: Record<string, string>;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Loc = { parent: Json; key: string | number } | { root: true };

function locations(value: Json): { loc: Loc; value: Json }[] {
  const out: { loc: Loc; value: Json }[] = [{ loc: { root: true }, value }];
  const walk = (node: Json, depth: number) => {
    if (depth > 8 || node === null || typeof node !== 'object') return;
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      out.push({ loc: { parent: node, key }, value: node[key] });
      walk(node[key], depth + 1);
    }
  };
  walk(value, 0);
  return out;
}

const B64_FIELDS = new Set(['id', 'rawId', 'clientDataJSON', 'attestationObject', 'authenticatorData', 'signature', 'userHandle', 'publicKey', 'challenge', 'credential_id']);

function b64Locations(value: Json) {
  return locations(value).filter((l) => 'key' in l.loc && typeof l.value === 'string' && (B64_FIELDS.has(String(l.loc.key)) || /^[A-Za-z0-9_-]{16,}$/.test(l.value)));
}

const fromB64 = (s: string) => Buffer.from(s, 'base64url');
const toB64 = (b: Uint8Array) => Buffer.from(b).toString('base64url');

/** Garbage or wrongly shaped CBOR: empty map/array, unterminated indefinite items, huge lengths, wrong types. */
const CBOR_TEMPLATES: number[][] = [
  [0xa0], [0x80], [0xbf, 0x63, 0x66, 0x6d, 0x74], [0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], [0x1b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
  [0xa1, 0x63, 0x66, 0x6d, 0x74, 0x01], [0xa3, 0x63, 0x66, 0x6d, 0x74, 0x64, 0x6e, 0x6f, 0x6e, 0x65], [0xff], [0xf7], [0xd9, 0xd9, 0xf7, 0xa0],
  [0x9f, 0x9f, 0x9f, 0x9f], [0x7f, 0x61, 0x61], [0xfb, 0x7f, 0xf8, 0, 0, 0, 0, 0, 0],
  [...isoCBOR.encode(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', new Uint8Array(0)]]) as never)],
  [...isoCBOR.encode(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', 'not bytes']]) as never)],
  [...isoCBOR.encode(new Map<string, unknown>([['fmt', 7], ['attStmt', []], ['authData', new Uint8Array(37)]]) as never)],
  [...isoCBOR.encode(new Map<string, unknown>([['fmt', 'packed'], ['attStmt', new Map<string, unknown>([['alg', -7], ['sig', new Uint8Array(8)]])], ['authData', new Uint8Array(37).fill(0x45)]]) as never)],
];

function mutateAuthData(data: Uint8Array, what: AuthDataHow): Uint8Array {
  const b = Buffer.from(data);
  if ('cut' in what) return b.subarray(0, Math.min(what.cut, b.length));
  if ('flags' in what) { if (b.length > 32) b[32] = what.flags; return b; }
  if ('counter' in what) { if (b.length >= 37) b.writeUInt32BE(what.counter >>> 0, 33); return b; }
  return Buffer.concat([b, Buffer.from(what.append)]);
}

function mutateB64(field: string, value: string, m: B64How): string {
  switch (m.how) {
    case 'bad-char': { const at = value.length ? m.at % (value.length + 1) : 0; return value.slice(0, at) + m.char + value.slice(at); }
    case 'padding': return value + m.pad;
    case 'truncate': { const bytes = fromB64(value); return toB64(bytes.subarray(0, Math.min(m.keep, Math.max(0, bytes.length - 1)))); }
    case 'garbage': return toB64(Uint8Array.from(m.bytes));
    case 'flip': { const bytes = Buffer.from(fromB64(value)); if (bytes.length) bytes[m.at % bytes.length] ^= m.mask; return toB64(bytes); }
    case 'cbor': return toB64(Uint8Array.from(CBOR_TEMPLATES[m.template % CBOR_TEMPLATES.length]));
    case 'authdata': {
      const bytes = fromB64(value);
      if (field === 'attestationObject') {
        try {
          const att = isoCBOR.decodeFirst<Map<string, unknown>>(bytes);
          const authData = att.get('authData');
          if (authData instanceof Uint8Array) att.set('authData', mutateAuthData(authData, m.what));
          if (m.fmt !== 'none') att.set('fmt', m.fmt);
          return toB64(isoCBOR.encode(att as never));
        } catch {
          return toB64(mutateAuthData(bytes, m.what));
        }
      }
      return toB64(mutateAuthData(bytes, m.what));
    }
  }
}

function mutateClientData(value: string, m: ClientDataHow): string {
  if (m.how === 'text') return Buffer.from(m.text, m.text.includes('\u00ff') ? 'latin1' : 'utf8').toString('base64url');
  let data: Json;
  try { data = JSON.parse(fromB64(value).toString('utf8')); } catch { data = {}; }
  if (data === null || typeof data !== 'object') data = {};
  if (m.how === 'delete') delete data[m.field];
  else if ('v' in m.value) data[m.field] = m.value.v;
  else {
    data[m.field] = DEEP_MARK;
    const text = JSON.stringify(data).replace(DEEP, deepText(m.value));
    return Buffer.from(text).toString('base64url');
  }
  return Buffer.from(JSON.stringify(data)).toString('base64url');
}


function set(loc: Loc, holder: { body: Json }, value: Json) {
  if ('root' in loc) holder.body = value;
  else loc.parent[loc.key] = value;
}

/** A JWT with one character of one part changed. */
function tamper(token: string, part: number, at: number, char: string): string {
  const parts = token.split('.');
  const p = parts[part] ?? '';
  const i = p.length ? at % p.length : 0;
  parts[part] = p.slice(0, i) + (p[i] === char ? (char === 'A' ? 'B' : 'A') : char) + p.slice(i + 1);
  return parts.join('.');
}

/**
 * Applies mutations to a (deep-copied) request. JSON-level ones first, then the ones that turn
 * the body into raw text, then query, headers, path and method. Deterministic: every `pick`
 * is taken modulo the candidates present.
 */
export function applyMutations(input: FuzzRequest, mutations: Mutation[], ctx: ApplyContext): FuzzRequest {
  const req: FuzzRequest = {
    ...input,
    query: input.query.map(([k, v]) => [k, v]),
    headers: { ...input.headers },
    body: input.body === undefined ? undefined : 'raw' in input.body ? { raw: input.body.raw } : { json: structuredClone(input.body.json) },
  };
  const order = (m: Mutation) => (['body-set', 'body-delete', 'body-extra', 'b64', 'client-data'].includes(m.kind) ? 0 : m.kind === 'passkey-string' ? 1 : 2);
  const deep: { deep: number; shape: 'array' | 'object' }[] = [];
  const holder = { body: req.body && 'json' in req.body ? req.body.json : undefined };
  const place = (v: FuzzValue) => {
    if ('v' in v) return v.v;
    deep.push(v);
    return DEEP_MARK;
  };
  const pathParams = { ...ctx.pathParams };
  for (const m of [...mutations].sort((a, b) => order(a) - order(b))) {
    switch (m.kind) {
      case 'body-set': {
        if (holder.body === undefined && !req.body) { holder.body = {}; }
        const locs = locations(holder.body);
        set(locs[m.pick % locs.length].loc, holder, place(m.value));
        break;
      }
      case 'body-delete': {
        const locs = locations(holder.body).filter((l) => 'key' in l.loc);
        if (locs.length === 0) { holder.body = undefined; break; }
        const { loc } = locs[m.pick % locs.length] as { loc: { parent: Json; key: string | number } };
        if (Array.isArray(loc.parent)) loc.parent.splice(Number(loc.key), 1); else delete loc.parent[loc.key];
        break;
      }
      case 'body-extra': {
        const objects = locations(holder.body).filter((l) => l.value && typeof l.value === 'object' && !Array.isArray(l.value));
        if (objects.length === 0) break;
        Object.defineProperty(objects[m.pick % objects.length].value, m.key, { value: place(m.value), enumerable: true, configurable: true, writable: true });
        break;
      }
      case 'b64': {
        const locs = b64Locations(holder.body);
        if (locs.length === 0) break;
        const { loc, value } = locs[m.pick % locs.length] as { loc: { parent: Json; key: string }; value: string };
        loc.parent[loc.key] = mutateB64(String(loc.key), value, m.b64);
        break;
      }
      case 'client-data': {
        const locs = locations(holder.body).filter((l) => 'key' in l.loc && l.loc.key === 'clientDataJSON' && typeof l.value === 'string');
        if (locs.length === 0) break;
        const { loc, value } = locs[m.pick % locs.length] as { loc: { parent: Json; key: string }; value: string };
        loc.parent[loc.key] = mutateClientData(value, m.cd);
        break;
      }
      case 'passkey-string': {
        const b: Json = holder.body;
        if (b && typeof b === 'object' && b.passkey && typeof b.passkey === 'object') {
          let text = JSON.stringify(b.passkey);
          while (text.includes(DEEP) && deep.length > 0) text = text.replace(DEEP, () => deepText(deep.shift()!));
          b.passkey = m.cut === null ? text : text.slice(0, m.cut);
        }
        break;
      }
      case 'raw-body': {
        const text = holder.body === undefined ? '' : JSON.stringify(holder.body) ?? '';
        holder.body = undefined;
        if (m.raw.how === 'none') { req.body = undefined; break; }
        if (m.raw.how === 'truncate') req.body = { raw: text.slice(0, Math.min(m.raw.keep, Math.max(0, text.length - 1))) };
        else if (m.raw.how === 'text') req.body = { raw: m.raw.text };
        else if (m.raw.how === 'bytes') req.body = { raw: Buffer.from(m.raw.bytes).toString('latin1') };
        else req.body = { raw: text.startsWith('{') && text.length > 2 ? text.replace(/^\{("[^"]*"):/, '{$1:null,$1:') : text };
        break;
      }
      case 'content-type': req.contentType = m.value; break;
      case 'query-drop': if (req.query.length) req.query.splice(m.pick % req.query.length, 1); break;
      case 'query-set': if (req.query.length) req.query[m.pick % req.query.length][1] = m.value; break;
      case 'query-dup': if (req.query.length) { const [k, v] = req.query[m.pick % req.query.length]; req.query.push([k, m.value ?? v]); } break;
      case 'query-extra': req.query.push([m.key, m.value]); break;
      case 'header': applyHeader(req, m.header); break;
      case 'path-param': {
        const names = Object.keys(pathParams);
        if (names.length) pathParams[names[m.pick % names.length]] = m.encode ? percentEncode(m.value) : m.value;
        break;
      }
      case 'method': req.method = m.method; break;
    }
  }
  if (holder.body !== undefined || (req.body && 'json' in req.body)) {
    if (holder.body === undefined) req.body = undefined;
    else if (deep.length > 0) {
      let text = JSON.stringify(holder.body) ?? 'null';
      for (const d of deep) text = text.replace(DEEP, () => deepText(d));
      req.body = { raw: text.split(DEEP).join('null') };
    } else req.body = { json: holder.body };
  }
  req.path = ctx.template.replace(/\{([^}]+)\}/g, (_, name: string) => pathParams[name] ?? '');
  return req;
}

/** encodeURIComponent, except that a lone surrogate goes out as its (invalid) UTF-8 bytes instead of throwing. */
export function percentEncode(s: string): string {
  try { return encodeURIComponent(s); } catch { return [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join(''); }
}

function applyHeader(req: FuzzRequest, m: HeaderHow) {
  const auth = req.headers.authorization;
  const token = typeof auth === 'string' ? auth.replace(/^Bearer\s+/i, '') : undefined;
  switch (m.how) {
    case 'drop': delete req.headers[m.name]; break;
    case 'client-id': req.headers['x-client-id'] = m.value; break;
    case 'client-id-array': req.headers['x-client-id'] = ['cli_sandbox0000000000001', m.second]; break;
    case 'authorization': req.headers.authorization = m.value; break;
    case 'bearer-tamper': if (token) req.headers.authorization = `Bearer ${tamper(token, m.part, m.at, m.char)}`; break;
    case 'bearer-alg-none': if (token) {
      const [, payload] = token.split('.');
      req.headers.authorization = `Bearer ${Buffer.from('{"alg":"none","typ":"at+jwt"}').toString('base64url')}.${payload}.`;
    } break;
    case 'bearer-array': if (typeof auth === 'string') req.headers.authorization = [auth, 'Bearer other']; break;
    case 'junk': req.headers[m.name] = m.value; break;
  }
}
