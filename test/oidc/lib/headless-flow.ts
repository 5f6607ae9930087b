import { createHash } from 'node:crypto';
import { ALICE, clientSecretOf, DEFAULT_CLIENT, type Harness } from '../../helper.js';

/** A redirect URI the default client accepts (any local port and path). */
export const CALLBACK = 'http://localhost:3000/callback';
/** A fixed PKCE pair: RFC 7636 Appendix B's verifier, and its S256 challenge. */
export const VERIFIER = 'dBjftJeZ4CVP-mJ92K9hM1S63sz0hqW2vpmMdmH3h9I';
export const CHALLENGE = createHash('sha256').update(VERIFIER).digest('base64url');

export interface CodeOptions { clientId?: string; identifier?: string; scope?: string; redirectUri?: string }

/** The query of an authorization request with PKCE, state and nonce. */
export function authorizeQuery(o: CodeOptions = {}): [string, string][] {
  return [
    ['client_id', o.clientId ?? DEFAULT_CLIENT], ['redirect_uri', o.redirectUri ?? CALLBACK], ['response_type', 'code'],
    ['scope', o.scope ?? 'openid email profile'], ['state', 'st-1'], ['nonce', 'n-1'],
    ['code_challenge', CHALLENGE], ['code_challenge_method', 'S256'],
  ];
}

/**
 * A headless sign-in through `inject` (no listening server): queue the login, send the
 * authorization request, and read the code off the redirect.
 */
export async function headlessCode(h: Harness, o: CodeOptions = {}): Promise<string> {
  const clientId = o.clientId ?? DEFAULT_CLIENT;
  const queued = await h.app.inject({ method: 'POST', url: '/__sandbox/oidc/login', payload: { client_id: clientId, identifier: o.identifier ?? ALICE.email } });
  if (queued.statusCode !== 201) throw new Error(`queue login: ${queued.statusCode} ${queued.body}`);
  const res = await h.app.inject({ url: `/oidc/authorize?${new URLSearchParams(authorizeQuery(o))}` });
  const code = res.headers.location ? new URL(String(res.headers.location)).searchParams.get('code') : null;
  if (res.statusCode !== 302 || !code) throw new Error(`authorize: ${res.statusCode} ${res.headers.location ?? res.body}`);
  return code;
}

/** The form of the code exchange, the client authenticated in the form (client_secret_post). */
export async function codeForm(h: Harness, code: string, o: CodeOptions = {}): Promise<Record<string, string>> {
  const clientId = o.clientId ?? DEFAULT_CLIENT;
  return {
    grant_type: 'authorization_code', code, redirect_uri: o.redirectUri ?? CALLBACK, code_verifier: VERIFIER,
    client_id: clientId, client_secret: await clientSecretOf(h, clientId),
  };
}

/** A whole headless code flow: the token endpoint's answer. */
export async function headlessTokens(h: Harness, o: CodeOptions = {}): Promise<{ access_token: string; refresh_token: string; id_token: string }> {
  const form = await codeForm(h, await headlessCode(h, o), o);
  const res = await h.app.inject({ method: 'POST', url: '/oidc/token', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });
  if (res.statusCode !== 200) throw new Error(`token: ${res.statusCode} ${res.body}`);
  return JSON.parse(res.body);
}
