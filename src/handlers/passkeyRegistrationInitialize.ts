import { startPasskeyRegistration } from '../services/passkey-registration.js';
import { ok, signedIn, type Handler } from './handler.js';

export const passkeyRegistrationInitialize: Handler<'passkeyRegistrationInitialize'> = async (input, { svc }) => {
  const { client, user } = signedIn(input);
  return ok(await startPasskeyRegistration(svc, client, user));
};
