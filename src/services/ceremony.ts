import { hash } from 'node:crypto';
import { SandboxError } from '../errors.js';
import type { Ceremony, Client, UserVerification } from '../store/types.js';
import type { Services } from './services.js';

/**
 * Whose a ceremony is: the identifier (login) or the user (registration) of one client. An
 * auth_code carries a tag of it, so that once an expired ceremony has been purged the sandbox
 * can still tell its owner "expired" (the same answer as before the purge) while any other
 * auth_code stays "unknown".
 */
function owner(kind: Ceremony['kind'], clientId: string, who: string): string {
  return `${kind}:${clientId}:${kind === 'login' ? who.toLowerCase() : who}`;
}

/** An auth_code in SSOJet's 24-hex shape: 8 seeded random bytes, then 4 bytes tagging its owner. */
function authCode(random: string, ownerKey: string): string {
  return random + hash('sha256', `ssojet-sandbox:auth-code:${random}:${ownerKey}`, 'hex').slice(0, 8);
}

function issuedTo(code: string, ownerKey: string): boolean {
  return /^[0-9a-f]{24}$/.test(code) && authCode(code.slice(0, 16), ownerKey) === code;
}

/**
 * Expired ceremonies are purged as new ones open (keeps memory flat under load, issue #5): at
 * most once per tenth of the challenge timeout of sandbox time (between 1 s and 1 min), with the
 * sandbox clock's now as the cutoff, so a pinned clock purges only when it is moved.
 */
const nextPurge = new WeakMap<object, number>();
async function purgeExpired(svc: Services, now: number): Promise<void> {
  const due = nextPurge.get(svc.store);
  if (due !== undefined && now < due) return;
  nextPurge.set(svc.store, now + Math.min(60_000, Math.max(1000, svc.config.challengeTimeoutMs / 10)));
  const cutoff = new Date(now).toISOString();
  await svc.store.purgeCeremonies(cutoff);
  await svc.store.purgeRefreshTokens?.(cutoff);
}

/** Reset and restore start the schedule again, so a replay gives the state a fresh start gives. */
export function forgetPurgeSchedule(store: object): void {
  nextPurge.delete(store);
}

/** Opens a ceremony: a fresh 32-byte challenge bound to a new 24-hex auth_code. */
export async function openCeremony(
  svc: Services,
  fields: { kind: Ceremony['kind']; client: Client; identifier: string | null; user_id: string | null; user_verification: UserVerification },
): Promise<Ceremony> {
  const now = svc.clock.nowMs();
  await purgeExpired(svc, now);
  const who = fields.kind === 'login' ? fields.identifier : fields.user_id;
  const ceremony: Ceremony = {
    auth_code: authCode(Buffer.from(svc.random.bytes(8)).toString('hex'), owner(fields.kind, fields.client.client_id, who ?? '')),
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
 * challenge (PRODUCT.md: "an auth_code allows one finish attempt"). `who` is the caller (the
 * identifier for login, the user id for registration, of `clientId`); a foreign ceremony is
 * reported exactly like an unknown one.
 */
export async function consumeCeremony(
  svc: Services,
  code: string,
  kind: Ceremony['kind'],
  caller: { clientId: string; who: string },
): Promise<Ceremony> {
  const ceremony = await svc.store.getCeremony(code);
  const ownerKey = owner(kind, caller.clientId, caller.who);
  const belongs = (c: Ceremony) => c.client_id === caller.clientId
    && (kind === 'login' ? c.identifier?.toLowerCase() === caller.who.toLowerCase() : c.user_id === caller.who);
  if (!ceremony && issuedTo(code, ownerKey)) {
    // Issued to this caller but no longer kept: only expired ceremonies are purged.
    throw new SandboxError('challenge_expired', { auth_code: code, when: `(timeout ${svc.config.challengeTimeoutMs} ms; expired ceremonies are not kept)`, initiate: initiateName(kind) });
  }
  if (!ceremony || !belongs(ceremony)) {
    throw new SandboxError('invalid_auth_code', { auth_code: code, problem: `is unknown for this client and ${kind === 'login' ? 'identifier' : 'user'}`, next: `Use the auth_code returned by ${initiateName(kind)}.` }, { check: 'auth_code' });
  }
  if (ceremony.kind !== kind) {
    throw new SandboxError('invalid_auth_code', { auth_code: code, problem: `belongs to a ${ceremony.kind} ceremony, not a ${kind}`, next: `Use the auth_code returned by ${initiateName(kind)}.` }, { check: 'auth_code' });
  }
  if (ceremony.status !== 'pending') {
    throw new SandboxError('invalid_auth_code', { auth_code: code, problem: `was already used (a previous attempt ${ceremony.status === 'verified' ? 'succeeded' : 'failed'}); each auth_code allows one attempt (a replay is refused)`, next: `Call ${initiateName(kind)} again.` }, { check: 'auth_code' });
  }
  await svc.store.putCeremony({ ...ceremony, status: 'failed' });
  const now = svc.clock.nowMs();
  if (now >= Date.parse(ceremony.expires_at)) {
    throw new SandboxError('challenge_expired', { auth_code: code, when: `at ${ceremony.expires_at} (sandbox time is ${new Date(now).toISOString()}; timeout ${svc.config.challengeTimeoutMs} ms)`, initiate: initiateName(kind) }, { check: 'challenge expiry' });
  }
  return ceremony;
}

function initiateName(kind: Ceremony['kind']): string {
  return kind === 'login' ? 'Initiate Passkey Login (GET /api/v1/auth/passwordless/passkey/login)' : 'Passkey Registration Initialize (GET /api/v1/auth/passwordless/passkey/register)';
}
