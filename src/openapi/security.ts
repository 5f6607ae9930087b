import { SandboxError } from '../errors.js';
import type { Services } from '../services/services.js';
import type { AccessTokenClaims } from '../services/token-service.js';
import type { Client, User } from '../store/types.js';
import type { CompiledOperation } from './compile-operations.js';
import { managementSecret } from './management-secret.js';
import { mfaBearer } from './mfa-bearer.js';
import { resolveClient } from './resolve-client.js';

type Raw = string | string[] | undefined;
export interface SecurityRequest { query: Record<string, Raw>; headers: Record<string, Raw> }
export interface Principal { client: Client | null; claims: AccessTokenClaims | null; user: User | null }

/**
 * The spec's security schemes, each with the check that satisfies it. Both client schemes
 * accept the id from either place, so they share one lookup per request. In this order a
 * failure is reported: the client before the token (a token means nothing without its client).
 */
export function securitySchemes(svc: Services) {
  return {
    ClientIdQuery: (r: SecurityRequest, once: ClientOnce) => once(r),
    ClientIdHeader: (r: SecurityRequest, once: ClientOnce) => once(r),
    BearerAuth: (r: SecurityRequest): Promise<AccessTokenClaims> => {
      const token = bearerToken(r.headers.authorization);
      if (token === undefined) {
        return Promise.reject(new SandboxError('invalid_token', { problem: 'Authorization: Bearer <access token> is required' }));
      }
      return svc.tokens.verify(token).then((claims) => {
        if (claims.scope !== 'mfa') return claims;
        throw new SandboxError('invalid_token', { problem: 'The Bearer is an mfa_token (scope mfa), which works only on /api/v1/auth/mfa/*; use the access token Validate MFA Token answers with' });
      });
    },
    MfaBearer: (r: SecurityRequest, once: ClientOnce) => mfaBearer(svc, r.headers.authorization, () => once(r)),
    ManagementSecret: (r: SecurityRequest, once: ClientOnce) => managementSecret(svc, once(r), r.headers['x-client-secret']),
  };
}
type ClientOnce = (r: SecurityRequest) => Promise<Client>;

/** The token of an `Authorization: Bearer <token>` header (the first of a repeated one), if it is one. */
export function bearerToken(authorization: Raw): string | undefined {
  const value = Array.isArray(authorization) ? authorization[0] : authorization;
  return value?.match(/^Bearer\s+(\S+)$/i)?.[1];
}
type Schemes = ReturnType<typeof securitySchemes>;

/**
 * Runs every scheme an operation's requirements name, each once; the operation is allowed if
 * every scheme of some requirement passed. Resolves to who is calling (the user comes later,
 * from bearerUser), or rejects with the first failure in scheme order.
 */
export async function authorize(svc: Services, schemes: Schemes, op: CompiledOperation, request: SecurityRequest): Promise<Principal> {
  if (op.requirements.length === 0) return { client: null, claims: null, user: null };
  let client: Promise<Client> | undefined;
  const once: ClientOnce = (r) => (client ??= resolveClient(svc.store, r.query, r.headers));
  const results = new Map<string, { value?: unknown; error?: unknown }>();
  for (const name of op.schemes) {
    try {
      results.set(name, { value: await schemes[name as keyof Schemes](request, once) });
    } catch (error) {
      results.set(name, { error });
    }
  }
  const passed = (name: string) => results.get(name)?.value !== undefined;
  if (!op.requirements.some((names) => names.every(passed))) {
    for (const name of Object.keys(schemes)) {
      const error = results.get(name)?.error;
      if (error instanceof SandboxError) throw error;
      if (error) throw new SandboxError('invalid_token', { problem: String((error as Error).message ?? error) });
    }
    throw new SandboxError('client_id_required');
  }
  const resolved = (results.get('ClientIdQuery')?.value ?? results.get('ClientIdHeader')?.value ?? null) as Client | null;
  const claims = (results.get('BearerAuth')?.value ?? results.get('MfaBearer')?.value ?? null) as AccessTokenClaims | null;
  return { client: resolved, claims, user: null };
}

/**
 * The user a Bearer token names, once the request is known valid (so a request that is wrong
 * in two ways is refused for its parameters first, as before): the token must be the client's,
 * and its user must still exist.
 */
export async function bearerUser(svc: Services, { client, claims }: Principal): Promise<User | null> {
  if (!claims || !client) return null;
  if (claims.client_id !== client.client_id) {
    throw new SandboxError('invalid_token', { problem: `The Bearer token was issued to client ${claims.client_id}, not ${client.client_id}` });
  }
  const user = await svc.store.getUser(client.client_id, claims.sub);
  if (!user) throw new SandboxError('invalid_token', { problem: `The Bearer token's user ${claims.sub} no longer exists in client ${client.client_id}` });
  return user;
}
