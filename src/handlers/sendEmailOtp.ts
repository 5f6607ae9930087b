import { checkEmail } from '../services/passwordless/identifiers.js';
import { sendCode } from '../services/passwordless/send-code.js';
import { clientOf, ok, type Handler } from './handler.js';

export const sendEmailOtp: Handler<'sendEmailOtp'> = async (input, { svc }) => {
  const email = checkEmail(input.body.email);
  const { state } = await sendCode(svc, clientOf(input), 'email_otp', email, input.ip);
  return ok({ state });
};
