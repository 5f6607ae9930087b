import { pagePasskeyOptions } from '../services/oidc/page-passkeys.js';
import { ok, type Handler } from './handler.js';
import { isStep, pageStep } from './oidc-page.js';

/** POST <issuer>/sign-in/passkey/options: discoverable-credential options for the page's host. */
export const oidcPasskeyOptions: Handler = async (input, { svc }) => {
  const step = await pageStep(svc, input, true);
  if (!isStep(step)) return step;
  return ok(await pagePasskeyOptions(svc, step.client, step.issuer, input.ip));
};
