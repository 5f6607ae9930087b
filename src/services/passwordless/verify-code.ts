import { SandboxError } from '../../errors.js';
import type { Client } from '../../store/types.js';
import type { Services } from '../services.js';
import { MAX_OTP_FAILURES, type PasswordlessAttempt } from './attempt.js';
import { completeAttempt, type SignedIn } from './complete-attempt.js';
import { findAttempt, refuseBurnt } from './find-attempt.js';
import { kinds } from './kinds.js';

export interface VerifyCodeInput {
  kind: 'email_otp' | 'sms_otp';
  state: string;
  otp: string;
  ip: string;
  userAgent: string | undefined;
}

/** A code sent for a live state but past its OTP_TTL_MS: the state can still be resent. */
export function refuseStaleCode(svc: Services, attempt: PasswordlessAttempt, what: string): void {
  if (svc.clock.nowMs() < Date.parse(attempt.code_expires_at)) return;
  throw new SandboxError('state_expired', {
    state: attempt.state,
    problem: `has a ${what} that expired at ${attempt.code_expires_at} (OTP_TTL_MS=${svc.config.otpTtlMs} ms after its latest send; sandbox time is ${svc.clock.now().toISOString()})`,
    fix: `ask for a new one with ${kinds[attempt.kind].resend}`,
  }, { check: 'code expiry' });
}

/**
 * The check every emailed or texted code goes through, whoever asks (Verify Magic Auth Code,
 * Phone Magic Auth Verify, the OIDC sign-in page): the live state of this client and kind, the
 * brute-force limits, not burnt, not stale, and the code of its latest send. A wrong one is 400
 * invalid_otp, counted on the state (the 5th burns it: every verify after is 429, the right code
 * included) and towards the brute-force limits of the identifier and IP. Returns the attempt the
 * right code proves; the caller signs its person in.
 */
export async function checkCode(svc: Services, client: Client, input: Omit<VerifyCodeInput, 'userAgent'>): Promise<PasswordlessAttempt> {
  const attempt = await findAttempt(svc, client, input.state, input.kind);
  const who = { clientId: client.client_id, identifier: attempt.identifier, ip: input.ip };
  svc.limiter.check(who);
  refuseBurnt(attempt);
  refuseStaleCode(svc, attempt, 'code');
  if (input.otp === attempt.code) return attempt;
  const failures = attempt.failures + 1;
  await svc.store.putRecord('passwordless_attempts', { ...attempt, failures });
  svc.limiter.recordFailure(who);
  const left = failures >= MAX_OTP_FAILURES ? 'the state is now burnt' : `${MAX_OTP_FAILURES - failures} more allowed for this state`;
  throw new SandboxError('invalid_otp', {
    code: input.otp,
    problem: `it is not the code of send ${attempt.send_no} of state ${attempt.state} (sent to ${attempt.identifier}); wrong code ${failures} of ${MAX_OTP_FAILURES} (${left})`,
  }, { check: 'code' });
}

/** Verify Magic Auth Code and Phone Magic Auth Verify: the right code signs the person in with a session and uses the state up. */
export async function verifyCode(svc: Services, client: Client, input: VerifyCodeInput): Promise<SignedIn> {
  return completeAttempt(svc, client, await checkCode(svc, client, input), input.ip, input.userAgent);
}
