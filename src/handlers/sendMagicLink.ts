import { checkEmail } from '../services/passwordless/identifiers.js';
import { sendCode } from '../services/passwordless/send-code.js';
import { clientOf, ok, type Handler } from './handler.js';

export const sendMagicLink: Handler<'sendMagicLink'> = async (input, { svc }) => {
  const email = checkEmail(input.body.email);
  const { state } = await sendCode(svc, clientOf(input), 'magic_link', email, input.ip);
  return ok({ state });
};
