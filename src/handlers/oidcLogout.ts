import { logout } from '../services/oidc/logout.js';
import { signedOutPage } from '../services/oidc/oidc-pages.js';
import type { Handler } from './handler.js';
import { html, htmlError, redirect, stringParams } from './oidc-answers.js';

/** GET <issuer>/logout: ends the session, then back to the app or a "signed out" page. */
export const oidcLogout: Handler<'oidcLogout'> = async (input, { svc }) => {
  const outcome = await logout(svc, { query: stringParams(input.query), cookie: input.headers.cookie });
  if (outcome.kind === 'error_page') return htmlError(outcome.title, outcome.message);
  if (outcome.kind === 'redirect') return redirect(outcome.location, outcome.cookie);
  return html(signedOutPage(outcome.ended), outcome.cookie);
};
