import { pageRegistrationOptions } from '../services/oidc/page-passkeys.js';
import { ok, type Handler } from './handler.js';
import { jsonStep } from './oidc-page.js';

/** POST <issuer>/sign-in/passkey/register/options: creation options for the session's user. */
export const oidcPasskeyRegisterOptions: Handler<'oidcPasskeyRegisterOptions'> = async (input, { svc }) => {
  const step = await jsonStep(svc, input.body.request, input.headers);
  return ok(await pageRegistrationOptions(svc, step.client, step.issuer, await step.user()));
};
