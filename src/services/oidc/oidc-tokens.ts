import { createHash } from 'node:crypto';
import type { Client, User } from '../../store/types.js';
import type { Services } from '../services.js';
import type { Authentication } from './oidc-records.js';

/** A token endpoint answer (RFC 6749 §5.1, OIDC Core §3.1.3.3). */
export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  id_token?: string;
  refresh_token?: string;
  scope: string;
}

export const scopesOf = (scope: string) => scope.split(' ').filter(Boolean);

/** OIDC Core §3.1.3.6: the left half of the SHA-256 of the access token, base64url. */
export const atHash = (accessToken: string) => createHash('sha256').update(accessToken).digest().subarray(0, 16).toString('base64url');

export interface Minted {
  issuer: string;
  client: Client;
  scope: string;
  /** The `jti` of the access token: `<grant code>.<n>` lets userinfo refuse a revoked grant's tokens. */
  jti: string;
}

/**
 * The access token: the REST API's `at+jwt` (same claims, same key), with the OIDC issuer and
 * the granted scope, so it also works as a Bearer on the passkey and management endpoints.
 */
export async function accessToken(svc: Services, minted: Minted, sub: string): Promise<{ token: string; expiresIn: number }> {
  const { token } = await svc.tokens.issueOidcAccessToken({ clientId: minted.client.client_id, sub, issuer: minted.issuer, scope: minted.scope, jti: minted.jti });
  return { token, expiresIn: svc.config.tokenTtl };
}

/**
 * The id_token (OIDC Core §2): `nonce` echoed when sent, `amr` and `auth_time` from how the user
 * signed in, `at_hash` of the access token beside it, and the profile claims when the `profile`
 * scope was granted (Auth.js builds its session from the id_token alone).
 */
export async function idToken(svc: Services, minted: Minted, user: User, auth: Authentication, nonce: string | null, access: string): Promise<string> {
  const now = Math.floor(svc.clock.nowMs() / 1000);
  const scopes = scopesOf(minted.scope);
  const clientId = minted.client.client_id;
  const claims: Record<string, unknown> = {
    iss: minted.issuer, sub: user.user_id, aud: clientId, azp: clientId, iat: now, exp: now + svc.config.tokenTtl,
    auth_time: auth.auth_time, ...(nonce !== null ? { nonce } : {}), amr: auth.amr, at_hash: atHash(access),
  };
  if (scopes.includes('email')) Object.assign(claims, { email: user.email, email_verified: user.email_verified });
  if (scopes.includes('profile')) Object.assign(claims, profileClaims(user));
  return svc.tokens.signIdToken(claims);
}

/** `name`, `given_name`, `family_name`, each only when the user has it. */
export function profileClaims(user: User): Record<string, string> {
  const claims: Record<string, string> = {};
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ');
  if (name) claims.name = name;
  if (user.first_name) claims.given_name = user.first_name;
  if (user.last_name) claims.family_name = user.last_name;
  return claims;
}
