import { checkPhone, phoneOf } from '../services/passwordless/identifiers.js';
import { sendCode } from '../services/passwordless/send-code.js';
import { clientOf, ok, type Handler } from './handler.js';

/** SSOJet's schema answers `state_id`, its prose `state`: both, the same value (CONTRACT-API §7 #3). */
export const sendSmsOtp: Handler<'sendSmsOtp'> = async (input, { svc }) => {
  const { phone, field } = phoneOf(input.body);
  const { state } = await sendCode(svc, clientOf(input), 'sms_otp', checkPhone(phone, field), input.ip);
  return ok({ state_id: state, state });
};
