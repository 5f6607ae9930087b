import { SandboxError } from '../errors.js';
import { verifyMagicLink as verify } from '../services/passwordless/verify-magic-link.js';
import { linkErrorPage, redirectPage, redirectUrl, verifiedPage } from '../services/passwordless/verify-page.js';
import { clientOf, headerOf, type Handler } from './handler.js';

const html = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };

/**
 * The link a person clicks in the email: an HTML page either way (or the client's
 * `policy.magic_link_redirect` with `?state=`), since a browser shows it. A refusal is the same
 * page with the catalog's words, at the refusal's status, and the journal explains it.
 */
export const verifyMagicLink: Handler<'verifyMagicLink'> = async (input, { svc }) => {
  const client = clientOf(input);
  try {
    const { attempt } = await verify(svc, client, {
      state: input.query.state, magictext: input.query.magictext, ip: input.ip, userAgent: headerOf(input.headers['user-agent']),
    });
    const redirect = client.policy.magic_link_redirect;
    if (redirect) {
      const location = redirectUrl(redirect, attempt.state);
      return { status: 302, body: redirectPage(location), headers: { ...html, location } };
    }
    return { status: 200, body: verifiedPage(client.name), headers: html };
  } catch (err) {
    // A page for the refusals the spec gives one (a bad link, too many tries); the envelope otherwise.
    const status = err instanceof SandboxError ? err.status : 0;
    if (!(err instanceof SandboxError) || (status !== 400 && status !== 429)) throw err;
    return { status, body: linkErrorPage(err), headers: { ...html, ...err.headers }, refusal: err };
  }
};
