import { resendCode } from '../services/passwordless/send-code.js';
import { clientOf, ok, type Handler } from './handler.js';

export const resendSmsOtp: Handler<'resendSmsOtp'> = async (input, { svc }) => {
  await resendCode(svc, clientOf(input), 'sms_otp', input.body.state);
  return ok({});
};
