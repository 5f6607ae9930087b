import { mfaAccessToken as issue } from '../services/mfa/mfa-access-token.js';
import { clientOf, headerOf, ok, type Handler } from './handler.js';

export const mfaAccessToken: Handler<'mfaAccessToken'> = async (input, { svc }) => {
  const { identifier } = input.body;
  return ok(await issue(svc, clientOf(input), identifier, headerOf(input.headers['x-client-secret'])));
};
