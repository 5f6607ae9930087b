import { SandboxError } from '../errors.js';
import type { Ceremony, Client, UserVerification } from '../store/types.js';
import type { Services } from './services.js';

/** Opens a ceremony: a fresh 32-byte challenge bound to a new 24-hex auth_code. */
export async function openCeremony(
  svc: Services,
  fields: { kind: Ceremony['kind']; client: Client; identifier: string | null; user_id: string | null; user_verification: UserVerification },
): Promise<Ceremony> {
  const now = svc.clock.nowMs();
  const ceremony: Ceremony = {
    auth_code: svc.random.objectId(),
    kind: fields.kind,
    client_id: fields.client.client_id,
    identifier: fields.identifier,
    user_id: fields.user_id,
    challenge: svc.random.base64url(32),
    created_at: new Date(now).toISOString(),
    expires_at: new Date(now + svc.config.challengeTimeoutMs).toISOString(),
    user_verification: fields.user_verification,
    status: 'pending',
    token: null,
  };
  await svc.store.putCeremony(ceremony);
  return ceremony;
}

/**
 * Takes the ceremony named by `authCode` for one finish attempt. The auth_code is used up
 * here, before any verification, so that a failed attempt can never be retried with the same
 * challenge (PRODUCT.md: "an auth_code allows one finish attempt"). `belongs` says whether the
 * ceremony is the caller's (same client, same identifier or user); a foreign one is reported
 * exactly like an unknown one.
 */
export async function consumeCeremony(
  svc: Services,
  authCode: string,
  kind: Ceremony['kind'],
  belongs: (c: Ceremony) => boolean,
): Promise<Ceremony> {
  const ceremony = await svc.store.getCeremony(authCode);
  if (!ceremony || !belongs(ceremony)) {
    throw refusal('invalid_auth_code', 'auth_code', `auth_code ${authCode} is unknown for this client and ${kind === 'login' ? 'identifier' : 'user'}. Use the auth_code returned by ${initiateName(kind)}.`);
  }
  if (ceremony.kind !== kind) {
    throw refusal('invalid_auth_code', 'auth_code', `auth_code ${authCode} belongs to a ${ceremony.kind} ceremony, not a ${kind}. Use the auth_code returned by ${initiateName(kind)}.`);
  }
  if (ceremony.status !== 'pending') {
    throw refusal('invalid_auth_code', 'auth_code', `auth_code ${authCode} was already used (a previous attempt ${ceremony.status === 'verified' ? 'succeeded' : 'failed'}); each auth_code allows one attempt (a replay is refused). Call ${initiateName(kind)} again.`);
  }
  await svc.store.putCeremony({ ...ceremony, status: 'failed' });
  const now = svc.clock.nowMs();
  if (now >= Date.parse(ceremony.expires_at)) {
    throw refusal('challenge_expired', 'challenge expiry', `The challenge of auth_code ${authCode} expired at ${ceremony.expires_at} (sandbox time is ${new Date(now).toISOString()}; timeout ${svc.config.challengeTimeoutMs} ms). Call ${initiateName(kind)} again.`);
  }
  return ceremony;
}

/** The same words to the caller and, naming the check, to the journal and log. */
function refusal(id: 'invalid_auth_code' | 'challenge_expired', check: string, message: string): SandboxError {
  return new SandboxError(id, message, `${check} check failed: ${message}`);
}

function initiateName(kind: Ceremony['kind']): string {
  return kind === 'login' ? 'Initiate Passkey Login (GET /api/v1/auth/passwordless/passkey/login)' : 'Passkey Registration Initialize (GET /api/v1/auth/passwordless/passkey/register)';
}
