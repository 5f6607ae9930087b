import type { ErrorObject } from 'ajv';
import type { operations } from '../openapi/spec-types.js';
import type { SandboxError } from '../errors.js';
import type { SandboxRuntime } from '../sandbox/sandbox-runtime.js';
import type { Services } from '../services/services.js';
import type { AccessTokenClaims } from '../services/token-service.js';
import type { Client, User } from '../store/types.js';

/** Every operationId of openapi.yaml (from src/openapi/spec-types.ts: `npm run gen:types`). */
export type OperationId = keyof operations;

type Parts<K extends OperationId> = operations[K]['parameters'];
/** A part the spec declares nothing for is an empty object, so reading from it is a type error. */
type Declared<T> = [NonNullable<T>] extends [never] ? Record<string, never> : NonNullable<T>;
/** The body a request declares: JSON, or the fields of a form (the OIDC token endpoint and sign-in page). */
type Json<B> = B extends { content: { 'application/json': infer J } } ? J : B extends { content: { 'application/x-www-form-urlencoded': infer F } } ? F : never;
type RequestBody<K extends OperationId> = operations[K]['requestBody'];
/** An optional request body may be absent (undefined); a required one was checked present. */
type BodyOf<K extends OperationId> = undefined extends RequestBody<K> ? Json<NonNullable<RequestBody<K>>> | undefined : Json<RequestBody<K>>;

/**
 * What a handler gets: the request parts as openapi.yaml declares them for its operation, after
 * the spec's validators checked (and coerced: `?limit=5` arrives as the number 5) them, and
 * the client and user its security resolved.
 */
export interface HandlerInput<K extends OperationId = OperationId> {
  params: Declared<Parts<K>['path']>;
  query: Declared<Parts<K>['query']>;
  /** The declared headers, and any other the caller sent (Node lower-cases their names). */
  headers: Partial<Declared<Parts<K>['header']>> & Record<string, string | string[] | undefined>;
  body: BodyOf<K>;
  client: Client | null;
  user: User | null;
  /** The verified Bearer's claims (its `jti` counts wrong MFA codes), or null. */
  claims: AccessTokenClaims | null;
  /** The caller's IP address (brute-force limits count per IP). */
  ip: string;
}

/** A non-JSON body (the demo page, the QR code PNG) goes out as text or bytes. */
type Content<R> = R extends { content: infer C } ? { [M in keyof C]: M extends 'application/json' ? C[M] : string | Buffer }[keyof C] : undefined;
type Responses<K extends OperationId> = operations[K]['responses'];
type SuccessStatus<K extends OperationId> = { [S in keyof Responses<K>]: S extends number ? (`${S}` extends `2${string}` | `3${string}` ? S : never) : never }[keyof Responses<K>];
type RefusalStatus<K extends OperationId> = { [S in keyof Responses<K>]: S extends number ? (`${S}` extends `4${string}` ? S : never) : never }[keyof Responses<K>];

export interface HandlerResult<B = unknown, S extends number = number> {
  status: S;
  body: B;
  /** Extra response headers: Content-Type of a non-JSON body (the demo page), Retry-After on 429. */
  headers?: Record<string, string>;
  /**
   * A refusal answered with a page rather than the JSON envelope (Verify Magic Link's HTML
   * error page): the journal and the log still record its id and explanation.
   */
  refusal?: SandboxError;
  /** Why a request was refused without an error body (an OAuth error redirect), for the journal. */
  explanation?: string;
}

/**
 * The answers an operation's responses declare: each 2xx or 3xx status with its body, and a
 * 4xx page (Verify Magic Link and the OIDC pages answer a browser with HTML), which sets
 * `refusal` or `explanation` so that the journal explains it (the journal tests check that).
 */
export type Answer<K extends OperationId> =
  | { [S in SuccessStatus<K>]: HandlerResult<Content<Responses<K>[S]>, S> }[SuccessStatus<K>]
  | { [S in RefusalStatus<K>]: HandlerResult<string, S> }[RefusalStatus<K>];

export interface HandlerDeps {
  svc: Services;
  runtime: SandboxRuntime;
  /** Validates a value against a schema of openapi.yaml's components (for JSON carried inside strings). */
  validateSchema: (schemaName: string, value: unknown) => ErrorObject[] | null;
}

/**
 * The handler of operation K: `export const x: Handler<'x'> = async (input, deps) => ok(...)`.
 * Refusals are thrown as SandboxError; the answer must be one the spec declares for K.
 */
export type Handler<K extends OperationId> = (input: HandlerInput<K>, deps: HandlerDeps) => Promise<Answer<K>>;

/**
 * How the request path (src/openapi/register-routes.ts) calls any handler: the route has
 * checked the input against its operation, which the typed map in ./index.ts pairs it with.
 */
export type AnyHandler = (input: HandlerInput<any>, deps: HandlerDeps) => Promise<HandlerResult>;

interface Principal { client: Client | null; user: User | null }

/** The client and user that the operation's security requirement guarantees. */
export function signedIn(input: Principal): { client: Client; user: User } {
  if (!input.client || !input.user) throw new Error('operation reached its handler without client and Bearer; its security in openapi.yaml is wrong');
  return { client: input.client, user: input.user };
}

export function clientOf(input: Principal): Client {
  if (!input.client) throw new Error('operation reached its handler without a client; its security in openapi.yaml is wrong');
  return input.client;
}

export function ok<B>(body: B): HandlerResult<B, 200>;
export function ok<B, S extends number>(body: B, status: S): HandlerResult<B, S>;
export function ok(body: unknown, status = 200): HandlerResult {
  return { status, body };
}

/** A header's value as one string (the first of a repeated header). */
export const headerOf = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
