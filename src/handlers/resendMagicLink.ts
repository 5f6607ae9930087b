import { resendCode } from '../services/passwordless/send-code.js';
import { clientOf, ok, type Handler } from './handler.js';

export const resendMagicLink: Handler<'resendMagicLink'> = async (input, { svc }) => {
  await resendCode(svc, clientOf(input), 'magic_link', input.body.state);
  return ok({});
};
