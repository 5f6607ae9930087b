import { SandboxError } from '../../errors.js';
import type { Client, User } from '../../store/types.js';
import { recordSignIn } from '../login-logs.js';
import { issueSession } from '../tokens/issue-session.js';
import type { Services } from '../services.js';
import type { AccessTokenClaims } from '../token-service.js';
import { createBackupCodes, spendBackupCode } from './backup-codes.js';
import { MFA_MAX_FAILURES } from './mfa-records.js';
import { mfaProfile } from './mfa-profile.js';
import { requireEnrollment } from './totp-enrollment.js';
import { totpAccepts } from './totp.js';

export interface ValidateInput {
  client: Client;
  user: User;
  claims: AccessTokenClaims;
  otp: string;
  oob_code?: string;
  ip: string;
  userAgent: string | undefined;
}

/**
 * Validate MFA Token (CONTRACT-API.md §5 B6). `otp` alone is a TOTP code (±1 step on the sandbox
 * clock) or an unused backup code; with `oob_code` it is the code of that out-of-band
 * challenge. The first TOTP success activates a pending enrolment and makes the backup codes.
 * A wrong code counts against the Bearer; the 6th use after 5 wrong ones is refused by the
 * MFA Bearer check. Success signs the user in (login log `mfa`) and does not consume the Bearer.
 */
export async function validateMfa(svc: Services, input: ValidateInput) {
  const { client, user, otp } = input;
  const nowMs = svc.clock.nowMs();
  if (input.oob_code !== undefined) {
    const challenge = await svc.store.getRecord('mfa_challenges', client.client_id, input.oob_code);
    const problem = !challenge || challenge.user_id !== user.user_id ? `is not a challenge of user ${user.user_id} in client ${client.client_id}`
      : challenge.used ? 'was already used'
        : Date.parse(challenge.expires_at) <= nowMs ? `expired at ${challenge.expires_at}` : undefined;
    if (problem) throw new SandboxError('invalid_oob_code', { oob_code: input.oob_code, problem });
    if (challenge!.code !== otp) return wrong(svc, input, `it is not the code sent to ${challenge!.to} for this oob_code`);
    await svc.store.putRecord('mfa_challenges', { ...challenge!, used: true });
  } else {
    const enrollment = await requireEnrollment(svc, user, false);
    if (totpAccepts(enrollment.secret, otp, nowMs)) {
      if (!enrollment.active) {
        await svc.store.putRecord('mfa_enrollments', { ...enrollment, active: true, activated_at: svc.clock.now().toISOString() });
        await createBackupCodes(svc, client.client_id, user.user_id);
      }
    } else if (!enrollment.active || !(await spendBackupCode(svc, client.client_id, user.user_id, otp))) {
      const backup = enrollment.active ? ` nor an unused backup code of user ${user.user_id}` : ' (the enrolment is pending, so backup codes do not exist yet)';
      return wrong(svc, input, `it is neither the TOTP code of the 30 s step at ${new Date(nowMs).toISOString()} (nor the step before or after)${backup}`);
    }
  }
  const signedIn = await recordSignIn(svc, { client, user, method: 'mfa', ip: input.ip, userAgent: input.userAgent });
  const tokens = await issueSession(svc, client.client_id, user.user_id);
  return { authenticated: true as const, ...tokens, token_type: 'Bearer' as const, profile: mfaProfile(signedIn) };
}

/** Counts a wrong code against the Bearer (kept until the token expires) and refuses it. */
async function wrong(svc: Services, input: ValidateInput, problem: string): Promise<never> {
  const { client, user, claims } = input;
  const jti = claims.jti ?? `${claims.sub}:${claims.iat}`;
  const use = await svc.store.getRecord('mfa_token_uses', client.client_id, jti);
  const failures = (use?.failures ?? 0) + 1;
  const expires_at = new Date((claims.exp ?? 0) * 1000).toISOString();
  await svc.store.putRecord('mfa_token_uses', { client_id: client.client_id, jti, user_id: user.user_id, failures, expires_at });
  const left = failures >= MFA_MAX_FAILURES ? 'this Bearer is now burnt: get a new mfa_token' : `${MFA_MAX_FAILURES - failures} more allowed with this Bearer`;
  throw new SandboxError('invalid_otp', { code: input.otp, problem: `${problem}; wrong code ${failures} of ${MFA_MAX_FAILURES} (${left})` });
}
