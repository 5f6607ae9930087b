import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { pagePasskeyRegister } from '../services/oidc/page-passkeys.js';
import { ok, type Handler } from './handler.js';
import { jsonStep } from './oidc-page.js';
import { parsePasskey } from './parse-passkey.js';

/** POST <issuer>/sign-in/passkey/register: stores the passkey the offer created, for the session's user. */
export const oidcPasskeyRegister: Handler<'oidcPasskeyRegister'> = async (input, deps) => {
  const { body } = input;
  const step = await jsonStep(deps.svc, body.request, input.headers);
  const response = parsePasskey<RegistrationResponseJSON>(body.passkey, 'RegistrationResponseJSON', deps);
  return ok(await pagePasskeyRegister(deps.svc, step.client, step.issuer, await step.user(), body.auth_code, response));
};
