import { mfaProfile } from '../services/mfa/mfa-profile.js';
import { verifyCode } from '../services/passwordless/verify-code.js';
import { clientOf, headerOf, ok, type Handler } from './handler.js';

export const verifyEmailOtp: Handler<'verifyEmailOtp'> = async (input, { svc }) => {
  const { state, otp } = input.body;
  const { user, tokens } = await verifyCode(svc, clientOf(input), { kind: 'email_otp', state, otp, ip: input.ip, userAgent: headerOf(input.headers['user-agent']) });
  return ok({ authenticated: true, ...tokens, token_type: 'Bearer', profile: mfaProfile(user) });
};
