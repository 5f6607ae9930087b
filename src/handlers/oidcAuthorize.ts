import { authorize } from '../services/oidc/authorize.js';
import { authorizeParams, signInPage } from '../services/oidc/sign-in-page.js';
import type { Handler } from './handler.js';
import { html, htmlError, redirect, stringParams } from './oidc-answers.js';

/** GET <issuer>/authorize: a redirect back with a code or an error, the sign-in page, or an error page. */
export const oidcAuthorize: Handler<'oidcAuthorize'> = async (input, { svc }) => {
  const outcome = await authorize(svc, { query: stringParams(input.query), headers: input.headers, ip: input.ip, fallbackBase: svc.issuer });
  if (outcome.kind === 'error_page') return htmlError(outcome.title, outcome.message);
  if (outcome.kind === 'redirect') return { ...redirect(outcome.location, outcome.cookie), ...(outcome.explanation ? { explanation: outcome.explanation } : {}) };
  return html(signInPage(outcome.client, outcome.issuer, authorizeParams(outcome.query)));
};
