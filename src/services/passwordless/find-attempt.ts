import { SandboxError } from '../../errors.js';
import type { Client } from '../../store/types.js';
import { issuedTo } from '../ceremony.js';
import type { Services } from '../services.js';
import { MAX_OTP_FAILURES, stateOwner, type AttemptKind, type PasswordlessAttempt } from './attempt.js';
import { kinds } from './kinds.js';

/** The refusal of a state that was issued to this client but is gone or past its 15 minutes. */
export function stateExpired(svc: Services, state: string, kind: AttemptKind | null, expiresAt?: string): SandboxError {
  const when = expiresAt ? `expired at ${expiresAt} (sandbox time is ${svc.clock.now().toISOString()})` : 'expired (it is no longer kept)';
  return new SandboxError('state_expired', {
    state,
    problem: `${when}: a state lives STATE_TTL_MS=${svc.config.stateTtlMs} ms from its send`,
    fix: `start again with ${kind ? kinds[kind].send : 'a send'}`,
  }, { check: 'state expiry' });
}

/** How a state that cannot be used is refused: invalid_state_id, or the magic link's own id. */
export type Invalid = (state: string, problem: string, fix: string, check: string) => SandboxError;
const invalidState: Invalid = (state, problem, fix, check) => new SandboxError('invalid_state_id', { state, problem, fix }, { check });

/**
 * The live attempt `state` names, of this client and kind, for a resend or a verify. Unknown or
 * foreign states and states of another kind are 400 invalid_state_id; a state past its
 * STATE_TTL_MS (kept or purged) is 400 state_expired; a verified one is used up.
 */
export async function findAttempt(svc: Services, client: Client, state: string, kind: AttemptKind, invalid: Invalid = invalidState): Promise<PasswordlessAttempt> {
  const attempt = await svc.store.getRecord('passwordless_attempts', client.client_id, state);
  if (!attempt) {
    if (issuedTo(state, stateOwner(client.client_id))) throw stateExpired(svc, state, kind);
    throw invalid(state, `is not a state of client ${client.client_id}`, `send the state returned by ${kinds[kind].send}`, 'state');
  }
  if (attempt.kind !== kind) {
    throw invalid(state, `belongs to a ${kinds[attempt.kind].label} attempt, not a ${kinds[kind].label} one`, `use ${kinds[attempt.kind].verify} for it`, 'state');
  }
  if (svc.clock.nowMs() >= Date.parse(attempt.expires_at)) throw stateExpired(svc, state, kind, attempt.expires_at);
  if (attempt.status === 'verified') {
    throw invalid(state, 'was already verified (each state signs in once)', `start again with ${kinds[kind].send}`, 'single use');
  }
  return attempt;
}

/** After 5 wrong codes no verify or resend of the state is accepted (CONTRACT-API §1 "Verification limits"). */
export function refuseBurnt(attempt: PasswordlessAttempt): void {
  if (attempt.failures < MAX_OTP_FAILURES) return;
  throw new SandboxError('otp_attempts_exceeded', { state: attempt.state, max: MAX_OTP_FAILURES, send: kinds[attempt.kind].send }, { check: 'wrong-code limit' });
}
