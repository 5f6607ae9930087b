import type { AuthenticatorInput } from '../sandbox/authenticator-registry.js';
import { ok, type Handler } from './handler.js';

export const sandboxCreateAuthenticator: Handler<'sandboxCreateAuthenticator'> = async (input, { svc }) => {
  const { id } = svc.authenticators.create(input.body ?? {});
  return ok(svc.authenticators.describe(id), 201);
};
