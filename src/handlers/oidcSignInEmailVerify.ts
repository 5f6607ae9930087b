import { startSession, setCookie } from '../services/oidc/oidc-sessions.js';
import { verifyPageCode } from '../services/oidc/page-email-code.js';
import { codePage, offerPage } from '../services/oidc/sign-in-page.js';
import { headerOf, type Handler } from './handler.js';
import { html } from './oidc-answers.js';
import { formStep, isStep, orPage } from './oidc-page.js';

/**
 * POST <issuer>/sign-in/email/verify (a form): a right code starts the session (`amr` otp) and
 * answers the offer to add a passkey, with the link on to the app.
 */
export const oidcSignInEmailVerify: Handler<'oidcSignInEmailVerify'> = async (input, { svc }) => {
  const form = input.body;
  const step = await formStep(svc, form, input.headers);
  if (!isStep(step)) return step;
  const [email, otpState, code] = [form.email ?? '', form.otp_state ?? '', form.code ?? ''];
  return orPage((error) => codePage(step.client, step.issuer, step.q, email, otpState, error), async () => {
    const user = await verifyPageCode(svc, step.client, otpState, code, input.ip);
    const session = await startSession(svc, step.client, user, ['otp'], { ip: input.ip, userAgent: headerOf(input.headers['user-agent']) });
    return html(offerPage(step.client, step.issuer, step.q, user), setCookie(session.session_id));
  });
};
