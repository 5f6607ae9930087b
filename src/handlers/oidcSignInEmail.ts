import { sendPageCode } from '../services/oidc/page-email-code.js';
import { codePage, signInPage } from '../services/oidc/sign-in-page.js';
import type { Handler } from './handler.js';
import { html } from './oidc-answers.js';
import { formStep, isStep, orPage } from './oidc-page.js';

/** POST <issuer>/sign-in/email (a form): sends the code, then the page to type it in. */
export const oidcSignInEmail: Handler<'oidcSignInEmail'> = async (input, { svc }) => {
  const step = await formStep(svc, input.body, input.headers);
  if (!isStep(step)) return step;
  const email = (input.body.email ?? '').trim();
  return orPage((error) => signInPage(step.client, step.issuer, step.q, error), async () =>
    html(codePage(step.client, step.issuer, step.q, email, await sendPageCode(svc, step.client, email, input.ip))));
};
