import { authenticatorCreate } from '../sandbox/authenticator-ceremony.js';
import { ok, type Handler } from './handler.js';

export const sandboxAuthenticatorCreate: Handler<'sandboxAuthenticatorCreate'> = async (input, { svc }) =>
  ok(authenticatorCreate(svc.authenticators, input.params.authenticator_id, input.body));
