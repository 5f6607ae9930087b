import { authenticatorCreate } from '../sandbox/authenticator-ceremony.js';
import { ok, type Handler } from './handler.js';

export const sandboxAuthenticatorCreate: Handler = async (input, { svc }) =>
  ok(authenticatorCreate(svc.authenticators, input.params.authenticator_id, input.body as Parameters<typeof authenticatorCreate>[2]));
