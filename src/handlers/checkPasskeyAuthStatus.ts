import { passkeyStatus } from '../services/passkey-status.js';
import { clientOf, ok, type Handler } from './handler.js';

export const checkPasskeyAuthStatus: Handler<'checkPasskeyAuthStatus'> = async (input, { svc }) =>
  ok(await passkeyStatus(svc, clientOf(input), input.query.identifier));
