import { timingSafeEqual } from 'node:crypto';
import { SandboxError } from '../../errors.js';
import type { Client } from '../../store/types.js';
import type { Services } from '../services.js';

/**
 * MFA Access Token (CONTRACT-API.md §5 B1): the app's server, holding the client secret, asks for
 * an `mfa_token` for a user whose first factor succeeded. The secret is checked before the
 * identifier, so a caller without it learns nothing about which users exist.
 */
export async function mfaAccessToken(svc: Services, client: Client, identifier: string, secret: string | undefined) {
  if (secret === undefined || secret === '') {
    throw new SandboxError('invalid_client', { problem: `MFA Access Token needs the client secret of ${client.client_id} in the x-client-secret header, and none was sent` });
  }
  if (!sameSecret(secret, client.client_secret)) {
    throw new SandboxError('invalid_client', { problem: `x-client-secret does not match the client_secret of ${client.client_id}` });
  }
  const user = await svc.store.findUserByIdentifier(client.client_id, identifier);
  if (!user) {
    throw new SandboxError('resource_not_found', {
      missing: `Client ${client.client_id} has no user with identifier ${identifier}`,
      fix: `sign the user in with a first factor first (or create them with POST /__sandbox/users); GET /__sandbox/users?client_id=${client.client_id} lists them`,
    });
  }
  const ttl = svc.config.mfaTokenTtl;
  const { token } = await svc.tokens.issueMfaToken(client.client_id, user.user_id, ttl);
  return { mfa_token: token, token_type: 'Bearer' as const, expires_in: ttl };
}

/** Constant-time comparison, as a real server compares secrets (a test may time it). */
function sameSecret(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
