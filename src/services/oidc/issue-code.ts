import type { Client } from '../../store/types.js';
import type { Services } from '../services.js';
import type { Authentication, OidcGrant } from './oidc-records.js';

/**
 * An authorization code for a signed-in user: single use, OIDC_CODE_TTL_MS long, and bound to
 * the client, redirect URI, PKCE challenge, nonce and issuer of the request (OIDC Core §3.1.2.5).
 */
export async function issueCode(
  svc: Services, client: Client, issuer: string, q: Record<string, string | undefined>, auth: Authentication, sessionId: string | null,
): Promise<string> {
  const now = svc.clock.nowMs();
  const grant: OidcGrant = {
    client_id: client.client_id,
    code: svc.random.base64url(32),
    issuer,
    redirect_uri: q.redirect_uri!,
    scope: grantedScope(q.scope ?? 'openid'),
    nonce: q.nonce ?? null,
    code_challenge: q.code_challenge ?? null,
    session_id: sessionId,
    ...auth,
    created_at: new Date(now).toISOString(),
    code_expires_at: new Date(now + svc.config.oidcCodeTtlMs).toISOString(),
    code_used_at: null,
    revoked_at: null,
    revoked_reason: null,
    refresh_token: null,
    refresh_expires_at: null,
    rotated: [],
    issued: 0,
  };
  await svc.store.putRecord('oidc_grants', grant);
  return grant.code;
}

const supported = ['openid', 'profile', 'email', 'offline_access'];

/** The scopes granted: the supported ones asked for, in the order asked (unknown ones ignored, OIDC Core §3.1.2.1). */
export function grantedScope(asked: string): string {
  return [...new Set(asked.split(' ').filter((s) => supported.includes(s)))].join(' ');
}
