import { SandboxError } from '../errors.js';
import { trustedClient } from '../services/oidc/authorize.js';
import { oidcIssuer } from '../services/oidc/oidc-issuer.js';
import { liveSession, sessionCookie } from '../services/oidc/oidc-sessions.js';
import { authorizeParams, type AuthorizeParams } from '../services/oidc/sign-in-page.js';
import type { Services } from '../services/services.js';
import type { Client, User } from '../store/types.js';
import { headerOf, type HandlerInput, type HandlerResult } from './handler.js';
import { htmlError, refusalPage } from './oidc-answers.js';

/** What every step of the sign-in page starts from: the issuer this request sees, and the authorization request it finishes. */
export interface PageStep {
  issuer: string;
  q: AuthorizeParams;
  client: Client;
  /** The user of the client's live session cookie, if any. */
  user: () => Promise<User | null>;
}

type Headers = HandlerInput['headers'];
type Refused = { title: string; message: string };

/**
 * The step's authorization request, its client and redirect URI checked as /authorize checks
 * them: a step of a request that /authorize would not have served is refused, never redirected.
 */
async function resolveStep(svc: Services, fields: Record<string, unknown>, headers: Headers): Promise<PageStep | Refused> {
  const q = authorizeParams(fields);
  const target = await trustedClient(svc, q);
  if ('kind' in target) return { title: target.title, message: target.message };
  const issuer = oidcIssuer(svc.config, headerOf(headers.host), svc.issuer);
  const client = target.client;
  const user = async () => (await liveSession(svc, client, sessionCookie(headers.cookie)))?.user ?? null;
  return { issuer, q, client, user };
}

/** A form step (the page without JavaScript): an error page when its request is refused. */
export async function formStep(svc: Services, form: Record<string, unknown>, headers: Headers) {
  const step = await resolveStep(svc, form, headers);
  return 'q' in step ? step : htmlError(step.title, step.message);
}

/** A step the page's script calls with JSON (`request` is the authorization request): a JSON error when refused. */
export async function jsonStep(svc: Services, request: Record<string, unknown>, headers: Headers): Promise<PageStep> {
  const step = await resolveStep(svc, request, headers);
  if (!('q' in step)) throw new SandboxError('invalid_request', { reason: `${step.title}: ${step.message}` }, { explanation: step.message });
  return step;
}

export const isStep = <R>(step: PageStep | R): step is PageStep => typeof step === 'object' && step !== null && 'q' in step;

/** A refusal of a form step: the page again (400) with the refusal's words, and its explanation in the journal. */
export async function orPage(render: (error?: string) => string, run: () => Promise<HandlerResult<string, 200>>) {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof SandboxError)) throw err;
    return refusalPage(render(err.message), err.explanation ?? err.message);
  }
}

