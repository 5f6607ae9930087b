import { initiateMfa as initiate, type InitiateInput } from '../services/mfa/initiate-mfa.js';
import { ok, signedIn, type Handler } from './handler.js';

export const initiateMfa: Handler<'initiateMfa'> = async (input, { svc }) => {
  const { client, user } = signedIn(input);
  return ok(await initiate(svc, client, user, input.body));
};
