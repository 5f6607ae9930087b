import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { authorize } from '../services/oidc/authorize.js';
import { pagePasskeySignIn } from '../services/oidc/page-passkeys.js';
import { headerOf, ok, type Handler } from './handler.js';
import { jsonStep } from './oidc-page.js';
import { parsePasskey } from './parse-passkey.js';

/**
 * POST <issuer>/sign-in/passkey: verifies the assertion, then finishes the authorization request
 * as /authorize would with that sign-in: a session cookie and the redirect back with a code.
 */
export const oidcPasskeySignIn: Handler<'oidcPasskeySignIn'> = async (input, deps) => {
  const { svc } = deps;
  const { body } = input;
  const step = await jsonStep(svc, body.request, input.headers);
  const response = parsePasskey<AuthenticationResponseJSON>(body.passkey, 'AuthenticationResponseJSON', deps);
  const from = { ip: input.ip, userAgent: headerOf(input.headers['user-agent']) };
  const signedIn = await pagePasskeySignIn(svc, step.client, step.issuer, from, body.auth_code, response);
  const outcome = await authorize(svc, { query: step.q, headers: input.headers, ip: input.ip, fallbackBase: svc.issuer, signIn: { ...signedIn, recorded: true } });
  if (outcome.kind !== 'redirect') throw new Error(`authorize answered ${outcome.kind} after a verified sign-in`);
  const headers: Record<string, string> = outcome.cookie ? { 'set-cookie': outcome.cookie } : {};
  return { status: 200, body: { redirect: outcome.location }, headers, ...(outcome.explanation ? { explanation: outcome.explanation } : {}) };
};
