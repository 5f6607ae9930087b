import { pageRegistrationOptions } from '../services/oidc/page-passkeys.js';
import { ok, type Handler } from './handler.js';
import { isStep, pageStep } from './oidc-page.js';

/** POST <issuer>/sign-in/passkey/register/options: creation options for the session's user. */
export const oidcPasskeyRegisterOptions: Handler = async (input, { svc }) => {
  const step = await pageStep(svc, input, true);
  if (!isStep(step)) return step;
  return ok(await pageRegistrationOptions(svc, step.client, step.issuer, await step.user()));
};
