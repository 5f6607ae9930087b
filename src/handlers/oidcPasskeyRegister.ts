import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { pagePasskeyRegister } from '../services/oidc/page-passkeys.js';
import { ok, type Handler } from './handler.js';
import { isStep, pageStep } from './oidc-page.js';
import { parsePasskey } from './parse-passkey.js';

/** POST <issuer>/sign-in/passkey/register: stores the passkey the offer created, for the session's user. */
export const oidcPasskeyRegister: Handler = async (input, deps) => {
  const step = await pageStep(deps.svc, input, true);
  if (!isStep(step)) return step;
  const body = input.body as { auth_code: string; passkey: unknown };
  const response = parsePasskey<RegistrationResponseJSON>(body.passkey, 'RegistrationResponseJSON', deps);
  return ok(await pagePasskeyRegister(deps.svc, step.client, step.issuer, await step.user(), body.auth_code, response));
};
