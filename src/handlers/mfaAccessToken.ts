import { mfaAccessToken as issue } from '../services/mfa/mfa-access-token.js';
import { clientOf, headerOf, ok, type Handler } from './handler.js';

export const mfaAccessToken: Handler = async (input, { svc }) => {
  const { identifier } = input.body as { identifier: string };
  return ok(await issue(svc, clientOf(input), identifier, headerOf(input.headers['x-client-secret'])));
};
