import { validateMfa } from '../services/mfa/validate-mfa.js';
import { headerOf, ok, signedIn, type Handler } from './handler.js';

export const validateMfaToken: Handler<'validateMfaToken'> = async (input, { svc }) => {
  const { client, user } = signedIn(input);
  const { body } = input;
  return ok(await validateMfa(svc, {
    client, user, claims: input.claims!, otp: body.otp, oob_code: body.oob_code, ip: input.ip, userAgent: headerOf(input.headers['user-agent']),
  }));
};
