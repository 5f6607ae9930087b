import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { finishPasskeyLogin } from '../services/passkey-login.js';
import { clientOf, headerOf, ok, type Handler } from './handler.js';
import { passkeyOfBody } from './parse-passkey.js';

/** The body is `{passkey}` or a bare AuthenticationResponseJSON, as Complete Registration takes either. */
export const finishPasskeyAuthentication: Handler<'finishPasskeyAuthentication'> = async (input, deps) => {
  const response = passkeyOfBody<AuthenticationResponseJSON>(input.body, 'AuthenticationResponseJSON', deps);
  const { token, user_id } = await finishPasskeyLogin(deps.svc, {
    client: clientOf(input), ip: input.ip, userAgent: headerOf(input.headers['user-agent']), authCode: input.query.auth_code, identifier: input.query.identifier, response,
  });
  return ok({ token, user_id });
};
