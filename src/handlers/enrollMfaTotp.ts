import { enrollTotp } from '../services/mfa/totp-enrollment.js';
import { ok, signedIn, type Handler } from './handler.js';

export const enrollMfaTotp: Handler<'enrollMfaTotp'> = async (input, { svc }) => {
  const { client, user } = signedIn(input);
  return ok(await enrollTotp(svc, client, user));
};
