import { pagePasskeyOptions } from '../services/oidc/page-passkeys.js';
import { ok, type Handler } from './handler.js';
import { jsonStep } from './oidc-page.js';

/** POST <issuer>/sign-in/passkey/options: discoverable-credential options for the page's host. */
export const oidcPasskeyOptions: Handler<'oidcPasskeyOptions'> = async (input, { svc }) => {
  const step = await jsonStep(svc, input.body.request, input.headers);
  return ok(await pagePasskeyOptions(svc, step.client, step.issuer, input.ip));
};
