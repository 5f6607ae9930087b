import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { finishPasskeyRegistration } from '../services/passkey-registration.js';
import { ok, signedIn, type Handler } from './handler.js';
import { passkeyOfBody } from './parse-passkey.js';

/** The body is `{passkey, email?}` or, as MojoAuth's twin takes it, a bare RegistrationResponseJSON. */
export const completePasskeyRegistration: Handler<'completePasskeyRegistration'> = async (input, deps) => {
  const { client, user } = signedIn(input);
  const { body } = input;
  // Either form was validated with the body; parsePasskey gives the JSON-string form the same check.
  const response = passkeyOfBody<RegistrationResponseJSON>(body, 'RegistrationResponseJSON', deps);
  return ok(await finishPasskeyRegistration(deps.svc, {
    client, user, authCode: input.query.auth_code, response, email: 'passkey' in body ? body.email : undefined,
  }));
};
