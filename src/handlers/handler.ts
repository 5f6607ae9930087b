import type { ErrorObject } from 'ajv';
import type { SandboxRuntime } from '../sandbox/sandbox-runtime.js';
import type { Services } from '../services/services.js';
import type { AccessTokenClaims } from '../services/token-service.js';
import type { Client, User } from '../store/types.js';

/** What a handler gets: the validated request parts, and the client and user security resolved. */
export interface HandlerInput {
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  client: Client | null;
  user: User | null;
  /** The verified Bearer's claims (its `jti` counts wrong MFA codes), or null. */
  claims: AccessTokenClaims | null;
  /** The caller's IP address (brute-force limits count per IP). */
  ip: string;
}

export interface HandlerResult {
  status: number;
  body: unknown;
  /** Extra response headers: Content-Type of a non-JSON body (the demo page), Retry-After on 429. */
  headers?: Record<string, string>;
  /** Why a request was refused without an error body (an OAuth error redirect), for the journal. */
  explanation?: string;
}

export interface HandlerDeps {
  svc: Services;
  runtime: SandboxRuntime;
  /** Validates a value against a schema of openapi.yaml's components (for JSON carried inside strings). */
  validateSchema: (schemaName: string, value: unknown) => ErrorObject[] | null;
}

export type Handler = (input: HandlerInput, deps: HandlerDeps) => Promise<HandlerResult>;

/** The client and user that the operation's security requirement guarantees. */
export function signedIn(input: HandlerInput): { client: Client; user: User } {
  if (!input.client || !input.user) throw new Error('operation reached its handler without client and Bearer; its security in openapi.yaml is wrong');
  return { client: input.client, user: input.user };
}

export function clientOf(input: HandlerInput): Client {
  if (!input.client) throw new Error('operation reached its handler without a client; its security in openapi.yaml is wrong');
  return input.client;
}

export const ok = (body: unknown, status = 200): HandlerResult => ({ status, body });

/** A header's value as one string (the first of a repeated header). */
export const headerOf = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
