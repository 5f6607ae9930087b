import { SandboxError } from '../errors.js';
import type { Ceremony, Client } from '../store/types.js';
import { MAX_OTP_FAILURES, type PasswordlessAttempt } from './passwordless/attempt.js';
import { loginCeremonyStatus } from './passkey-status.js';
import type { Services } from './services.js';
import { outcomeAnswer, outcomeOf } from './passwordless/ping-status.js';

type Method = PasswordlessAttempt['kind'] | 'passkey';
export interface IdentifierStatus {
  authenticated: boolean;
  status: 'pending' | 'verified' | 'expired' | 'none';
  method: Method | null;
  expires_at: string | null;
}

/**
 * GET Auth Status by `identifier` (CONTRACT-API F1): the identifier's latest sign-in attempt of
 * any method, a passkey login ceremony or a passwordless attempt, and never a token (knowing an
 * email must not yield a session). Latest is by creation; at the same instant (a pinned clock)
 * the passkey ceremony counts as the later one, since an app offers a passkey after a first
 * passwordless sign-in. A passwordless attempt is `expired` once its code stops working (after
 * OTP_TTL_MS, or burnt by 5 wrong codes), and `expires_at` is that instant.
 */
export async function authStatusByIdentifier(svc: Services, client: Client, identifier: string): Promise<IdentifierStatus> {
  const ceremony = await svc.store.latestLoginCeremony(client.client_id, identifier);
  const attempt = (await svc.store.listRecords('passwordless_attempts', client.client_id, identifier.toLowerCase())).at(-1);
  if (attempt && (!ceremony || attempt.created_at > ceremony.created_at)) return attemptStatus(svc.clock.nowMs(), attempt);
  if (ceremony) return passkeyAnswer(svc.clock.nowMs(), ceremony);
  return { authenticated: false, status: 'none', method: null, expires_at: null };
}

function passkeyAnswer(now: number, ceremony: Ceremony): IdentifierStatus {
  const { status, expires_at } = loginCeremonyStatus(now, ceremony);
  return { authenticated: status === 'verified', status, method: 'passkey', expires_at };
}

function attemptStatus(now: number, attempt: PasswordlessAttempt): IdentifierStatus {
  const usable = attempt.failures < MAX_OTP_FAILURES && now < Date.parse(attempt.code_expires_at);
  const status = attempt.status === 'verified' ? 'verified' : usable ? 'pending' : 'expired';
  return { authenticated: status === 'verified', status, method: attempt.kind, expires_at: attempt.code_expires_at };
}

/**
 * GET Auth Status by `state` (our extension, kept): the sign-in whose state or passkey
 * `auth_code` this is, read and answered as Ping Status does, `{authenticated: false}` until it
 * succeeds. Unlike Ping Status, an unknown state is a 404 and STATE_TTL_MS does not end it:
 * CONTRACT-API F1 keeps this extension's behaviour as it was.
 */
export async function authStatusByState(svc: Services, client: Client, state: string) {
  const outcome = await outcomeOf(svc, client, state);
  if (!outcome) {
    throw new SandboxError('resource_not_found', { missing: `No sign-in with state ${state} for client ${client.client_id}`, fix: "pass the state of a send or the auth_code of Initiate Passkey Login, or use ?identifier= for the identifier's latest attempt" });
  }
  return outcomeAnswer(svc, client, outcome);
}
