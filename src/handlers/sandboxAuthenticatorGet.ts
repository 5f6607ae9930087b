import { authenticatorGet } from '../sandbox/authenticator-ceremony.js';
import { ok, type Handler } from './handler.js';

export const sandboxAuthenticatorGet: Handler<'sandboxAuthenticatorGet'> = async (input, { svc }) =>
  ok(authenticatorGet(svc.authenticators, input.params.authenticator_id, input.body));
