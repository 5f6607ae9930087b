import { SandboxError } from '../../errors.js';
import type { Client, User } from '../../store/types.js';
import type { Services } from '../services.js';
import type { MfaChallenge } from './mfa-records.js';
import { clientOtp } from '../passwordless/codes.js';
import { sendOobCode } from './send-oob-code.js';
import { requireEnrollment } from './totp-enrollment.js';

export interface InitiateInput {
  authenticator_type: 'otp' | 'oob';
  oob_channels?: 'email' | 'sms';
}

/**
 * Initiate MFA (CONTRACT-API.md §5 B4). Both kinds need an active TOTP enrolment ("has MFA").
 * `otp` only tells the app to ask for the authenticator app's code; `oob` opens a challenge and
 * sends its code to the user's email or phone (an `mfa_oob` outbox message). The `oob_code` is
 * drawn from the seeded stream; the code sent is the §3 OTP of (client, oob_code, 1), so
 * unrelated traffic cannot shift it.
 */
export async function initiateMfa(svc: Services, client: Client, user: User, input: InitiateInput) {
  await requireEnrollment(svc, user, true);
  if (input.authenticator_type === 'otp') return { challenge_type: 'otp' as const };
  const channel = input.oob_channels;
  if (!channel) {
    throw new SandboxError('invalid_request_body', { reason: 'body.oob_channels is required when authenticator_type is oob: send "email" or "sms" (required)' });
  }
  const to = channel === 'email' ? user.email : user.phone_id;
  if (!to) {
    throw new SandboxError('mfa_not_enrolled', {
      user_id: user.user_id,
      factor: channel === 'email' ? 'email address' : 'phone number',
      fix: `send oob_channels ${channel === 'email' ? '"sms"' : '"email"'}, or give the user ${channel === 'email' ? 'an email' : 'a phone_id'} first`,
    });
  }
  const now = svc.clock.nowMs();
  const oobCode = Buffer.from(svc.random.bytes(26)).toString('hex');
  const challenge: MfaChallenge = {
    client_id: client.client_id,
    oob_code: oobCode,
    user_id: user.user_id,
    channel,
    to,
    // The §3 OTP of (client, oob_code, 1), under the client's otp_length and fixed_otp as its email codes are.
    code: clientOtp(svc.random.currentSeed, client, oobCode, 1),
    created_at: new Date(now).toISOString(),
    expires_at: new Date(now + svc.config.mfaOobTtlMs).toISOString(),
    used: false,
  };
  await svc.store.putRecord('mfa_challenges', challenge);
  sendOobCode(svc, client, challenge);
  return { challenge_type: 'oob' as const, oob_code: oobCode, binding_method: 'prompt' as const };
}
