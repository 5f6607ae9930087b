import { checkEmail } from '../services/passwordless/identifiers.js';
import { sendCode } from '../services/passwordless/send-code.js';
import { clientOf, ok, type Handler } from './handler.js';

export const sendMagicLink: Handler = async (input, { svc }) => {
  const email = checkEmail((input.body as { email: string }).email);
  const { state } = await sendCode(svc, clientOf(input), 'magic_link', email, input.ip);
  return ok({ state });
};
