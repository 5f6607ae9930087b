import { startPasskeyLogin } from '../services/passkey-login.js';
import { clientOf, ok, type Handler } from './handler.js';

export const initiatePasskeyLogin: Handler<'initiatePasskeyLogin'> = async (input, { svc }) =>
  ok(await startPasskeyLogin(svc, clientOf(input), input.query.identifier, input.ip));
