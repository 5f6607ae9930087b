import { SandboxError } from '../errors.js';
import { trustedClient } from '../services/oidc/authorize.js';
import { oidcIssuer } from '../services/oidc/oidc-issuer.js';
import { liveSession, sessionCookie } from '../services/oidc/oidc-sessions.js';
import { authorizeParams, type AuthorizeParams } from '../services/oidc/sign-in-page.js';
import type { Services } from '../services/services.js';
import type { Client, User } from '../store/types.js';
import { headerOf, type HandlerInput, type HandlerResult } from './handler.js';
import { html, htmlError } from './oidc-answers.js';

/** What every step of the sign-in page starts from: the issuer this request sees, and the authorization request it finishes. */
export interface PageStep {
  issuer: string;
  q: AuthorizeParams;
  client: Client;
  /** The user of the client's live session cookie, if any. */
  user: () => Promise<User | null>;
}

/**
 * The step's authorization request (form fields, or `request` of a JSON body), its client and
 * redirect URI checked as /authorize checks them: a step of a request that /authorize would not
 * have served is an error page (a JSON error for the script's calls), never a redirect.
 */
export async function pageStep(svc: Services, input: HandlerInput, json: boolean): Promise<PageStep | HandlerResult> {
  const body = (input.body ?? {}) as Record<string, unknown>;
  const q = authorizeParams((json ? body.request : body) as Record<string, unknown> ?? {});
  const target = await trustedClient(svc, q);
  if ('kind' in target) {
    if (json) throw new SandboxError('invalid_request', { reason: `${target.title}: ${target.message}` }, { explanation: target.message });
    return { ...htmlError(target.title, target.message), explanation: target.message };
  }
  const issuer = oidcIssuer(svc.config, headerOf(input.headers.host), svc.issuer);
  const client = target.client;
  const user = async () => (await liveSession(svc, client, sessionCookie(input.headers.cookie)))?.user ?? null;
  return { issuer, q, client, user };
}

export const isStep = (step: PageStep | HandlerResult): step is PageStep => 'q' in step;

/** A refusal of a form step: the page again (400) with the refusal's words, and its explanation in the journal. */
export async function orPage(render: (error?: string) => string, run: () => Promise<HandlerResult>): Promise<HandlerResult> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof SandboxError)) throw err;
    return { ...html(render(err.message), 400), explanation: err.explanation ?? err.message };
  }
}
