import { refreshSession } from '../services/tokens/refresh-session.js';
import { signedInStatus } from '../services/tokens/signed-in-status.js';
import { clientOf, ok, type Handler } from './handler.js';

/** Refresh Token (A11): a new pair for a refresh token, answered in Ping Status's shape. */
export const refreshToken: Handler = async (input, { svc }) => {
  const { tokens, user } = await refreshSession(svc, clientOf(input), input.query.refresh_token);
  return ok(signedInStatus(svc, tokens, user));
};
