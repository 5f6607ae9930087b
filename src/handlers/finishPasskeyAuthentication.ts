import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { finishPasskeyLogin } from '../services/passkey-login.js';
import { clientOf, headerOf, ok, type Handler } from './handler.js';
import { parsePasskey } from './parse-passkey.js';

export const finishPasskeyAuthentication: Handler = async (input, deps) => {
  const body = input.body as { passkey: unknown };
  const response = parsePasskey<AuthenticationResponseJSON>(body.passkey, 'AuthenticationResponseJSON', deps);
  const { token, user_id } = await finishPasskeyLogin(deps.svc, {
    client: clientOf(input), ip: input.ip, userAgent: headerOf(input.headers['user-agent']), authCode: input.query.auth_code, identifier: input.query.identifier, response,
  });
  return ok({ token, user_id });
};
