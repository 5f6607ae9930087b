import { resendCode } from '../services/passwordless/send-code.js';
import { clientOf, ok, type Handler } from './handler.js';

export const resendEmailOtp: Handler<'resendEmailOtp'> = async (input, { svc }) => {
  await resendCode(svc, clientOf(input), 'email_otp', input.body.state);
  return ok({});
};
