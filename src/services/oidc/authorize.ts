import type { Client, User } from '../../store/types.js';
import type { Services } from '../services.js';
import { issueCode } from './issue-code.js';
import { oidcIssuer } from './oidc-issuer.js';
import type { Authentication } from './oidc-records.js';
import { authenticationOf, liveSession, sessionCookie, setCookie, startSession } from './oidc-sessions.js';
import { takeQueuedLogin } from './queued-logins.js';
import { redirectAllowed } from './redirect-uri.js';

export interface AuthorizeRequest {
  query: Record<string, string | undefined>;
  headers: Record<string, string | string[] | undefined>;
  ip: string;
  fallbackBase: string;
  /** A user the sign-in page has just verified (`recorded`: its service wrote the login log already). */
  signIn?: { user: User; amr: string[]; recorded?: boolean };
}

/** What /authorize answers: an HTML error page (no redirect), a redirect back, or the sign-in page. */
export type AuthorizeOutcome =
  | { kind: 'error_page'; title: string; message: string }
  | { kind: 'redirect'; location: string; cookie?: string; explanation?: string }
  | { kind: 'sign_in'; client: Client; issuer: string; query: Record<string, string | undefined> };

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The authorization endpoint (OIDC Core §3.1.2). Until the client and its redirect URI are
 * known good, errors are a page and never a redirect (RFC 6749 §4.1.2.1: an attacker's URI must
 * not receive them); after, they go back to the client with `error`, `state` and `iss`.
 */
export async function authorize(svc: Services, req: AuthorizeRequest): Promise<AuthorizeOutcome> {
  const q = req.query;
  const target = await trustedClient(svc, q);
  if ('kind' in target) return target;
  const { client } = target;
  const issuer = oidcIssuer(svc.config, header(req.headers.host), req.fallbackBase);
  const back = (params: Record<string, string>, cookie?: string, explanation?: string): AuthorizeOutcome => {
    const url = new URL(q.redirect_uri!);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    if (q.state !== undefined) url.searchParams.set('state', q.state);
    url.searchParams.set('iss', issuer);
    return { kind: 'redirect', location: url.toString(), ...(cookie ? { cookie } : {}), ...(explanation ? { explanation } : {}) };
  };
  const refuse = (error: string, description: string) => back({ error, error_description: description }, undefined, description);

  const problem = checkRequest(client, q);
  if (problem) return refuse(problem[0], problem[1]);
  const prompts = (q.prompt ?? '').split(' ').filter(Boolean);
  const maxAge = q.max_age === undefined ? null : Number(q.max_age);
  const from = { ip: req.ip, userAgent: header(req.headers['user-agent']) };
  const withCode = async (auth: Authentication, sessionId: string, cookie?: string) =>
    back({ code: await issueCode(svc, client, issuer, q, auth, sessionId) }, cookie);
  const signIn = async (user: User, amr: string[]) => {
    const session = await startSession(svc, client, user, amr, from, req.signIn?.recorded);
    return withCode(authenticationOf(session), session.session_id, setCookie(session.session_id));
  };

  // A sign-in the page just completed, or a queued headless login, wins whatever the prompt
  // (CONTRACT-OIDC.md, Details decided).
  const queued = req.signIn ?? await takeQueuedLogin(svc, client);
  if (queued) return signIn(queued.user, queued.amr);
  if (svc.config.oidcLogin === 'auto' && q.login_hint) {
    const user = await svc.store.findUserByIdentifier(client.client_id, q.login_hint);
    if (user) return signIn(user, ['hwk', 'user']);
  }
  if (!prompts.includes('login')) {
    const live = await liveSession(svc, client, sessionCookie(req.headers.cookie));
    const fresh = live && (maxAge === null || Math.floor(svc.clock.nowMs() / 1000) - live.session.auth_time <= maxAge);
    if (live && fresh) return withCode(authenticationOf(live.session), live.session.session_id);
    if (prompts.includes('none')) {
      const why = live ? `the session's sign-in is older than max_age=${maxAge} s` : 'no live sign-in session (no session cookie, or it was ended by logout)';
      return refuse('login_required', `prompt=none, but ${why}; sign in without prompt=none first`);
    }
  }
  return { kind: 'sign_in', client, issuer, query: q };
}

/**
 * The client and redirect URI of an authorization request, or the error page to show instead:
 * until both are known good nothing may be sent back to the redirect URI (RFC 6749 §4.1.2.1).
 */
export async function trustedClient(svc: Services, q: AuthorizeRequest['query']): Promise<{ client: Client } | Extract<AuthorizeOutcome, { kind: 'error_page' }>> {
  if (!q.client_id) return { kind: 'error_page', title: 'client_id is missing', message: 'The sign-in link has no client_id; the app must send its client id (GET /__sandbox/clients lists them).' };
  const client = await svc.store.getClient(q.client_id);
  if (!client) return { kind: 'error_page', title: 'Unknown client', message: `No client ${q.client_id} in this sandbox; GET /__sandbox/clients lists them, POST /__sandbox/clients creates one.` };
  if (!q.redirect_uri) return { kind: 'error_page', title: 'redirect_uri is missing', message: `The sign-in link of client ${client.client_id} has no redirect_uri; send one of its registered redirect URIs.` };
  if (!redirectAllowed(client.redirect_uris, q.redirect_uri)) {
    const registered = (client.redirect_uris ?? []).join(', ') || 'none';
    return { kind: 'error_page', title: 'redirect_uri is not registered', message: `${q.redirect_uri} is not a registered redirect URI of client ${client.client_id} (registered: ${registered}); URIs match exactly. Register it with POST /__sandbox/clients {redirect_uris}.` };
  }
  return { client };
}

/** The request's own errors, checked once the redirect URI is trusted: [OAuth error, why and how to fix]. */
function checkRequest(client: Client, q: AuthorizeRequest['query']): [string, string] | null {
  if (q.response_type !== 'code') return ['unsupported_response_type', `response_type must be code (got ${q.response_type ?? 'nothing'}); this issuer supports the authorization code flow only`];
  if (!(q.scope ?? '').split(' ').includes('openid')) return ['invalid_scope', `scope must include openid (got "${q.scope ?? ''}")`];
  if (q.code_challenge !== undefined) {
    if (q.code_challenge_method !== 'S256') return ['invalid_request', `code_challenge_method must be S256 (got ${q.code_challenge_method ?? 'nothing, which means plain'}); plain PKCE is not supported`];
    if (!/^[A-Za-z0-9._~-]{43,128}$/.test(q.code_challenge)) return ['invalid_request', 'code_challenge must be the base64url SHA-256 of the code verifier (43 characters, RFC 7636 §4.2)'];
  } else if (q.code_challenge_method !== undefined) {
    return ['invalid_request', 'code_challenge_method was sent without code_challenge'];
  } else if (client.public) {
    return ['invalid_request', `client ${client.client_id} is public: send code_challenge and code_challenge_method=S256 (PKCE, RFC 7636)`];
  }
  const prompts = (q.prompt ?? '').split(' ').filter(Boolean);
  const unknown = prompts.filter((p) => !['none', 'login', 'consent', 'select_account'].includes(p));
  if (unknown.length > 0) return ['invalid_request', `prompt ${unknown.join(' ')} is not supported (none, login)`];
  if (prompts.includes('none') && prompts.length > 1) return ['invalid_request', 'prompt=none cannot be combined with other prompt values'];
  if (q.max_age !== undefined && !/^\d{1,10}$/.test(q.max_age)) return ['invalid_request', `max_age must be a whole number of seconds (got ${q.max_age})`];
  return null;
}
