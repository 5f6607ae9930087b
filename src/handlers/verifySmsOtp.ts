import { mfaProfile } from '../services/mfa/mfa-profile.js';
import { verifyCode } from '../services/passwordless/verify-code.js';
import { clientOf, headerOf, ok, type Handler } from './handler.js';

/** The union of SSOJet's `{status, message}` prose and its email twin's tokens (CONTRACT-API §7 #2). */
export const verifySmsOtp: Handler<'verifySmsOtp'> = async (input, { svc }) => {
  const { state, otp } = input.body;
  const { user, tokens } = await verifyCode(svc, clientOf(input), { kind: 'sms_otp', state, otp, ip: input.ip, userAgent: headerOf(input.headers['user-agent']) });
  return ok({
    status: 'success',
    message: `Phone number ${user.phone_id ?? user.identifier} verified; signed in`,
    authenticated: true,
    ...tokens,
    token_type: 'Bearer',
    profile: mfaProfile(user),
  });
};
