import type { Client } from '../../store/types.js';
import type { Services } from '../services.js';
import { clearCookie, endSessions, sessionCookie } from './oidc-sessions.js';
import { redirectAllowed } from './redirect-uri.js';

export interface LogoutRequest {
  query: Record<string, string | undefined>;
  cookie: string | string[] | undefined;
}

export type LogoutOutcome =
  | { kind: 'error_page'; title: string; message: string }
  | { kind: 'redirect'; location: string; cookie: string }
  | { kind: 'signed_out'; cookie: string; ended: number };

/**
 * RP-initiated logout (OIDC RP-Initiated Logout 1.0): ends the user's sessions at the client the
 * id_token_hint (or client_id) names, clears the cookie, and goes back to a registered
 * post_logout_redirect_uri with `state`; an unregistered one is an error page, never a redirect.
 */
export async function logout(svc: Services, req: LogoutRequest): Promise<LogoutOutcome> {
  const q = req.query;
  const hint = q.id_token_hint ? await svc.tokens.ownClaims(q.id_token_hint) : null;
  if (q.id_token_hint && !hint) return { kind: 'error_page', title: 'id_token_hint is not ours', message: 'The id_token_hint is not an id_token this sandbox signed (its signature does not verify against the JWKS).' };
  const hinted = typeof hint?.aud === 'string' ? hint.aud : undefined;
  if (q.client_id && hinted && q.client_id !== hinted) return { kind: 'error_page', title: 'client_id and id_token_hint differ', message: `client_id ${q.client_id} is not the audience of the id_token_hint (${hinted}).` };
  const clientId = q.client_id ?? hinted;
  const client: Client | undefined = clientId ? await svc.store.getClient(clientId) : undefined;
  if (clientId && !client) return { kind: 'error_page', title: 'Unknown client', message: `No client ${clientId} in this sandbox.` };
  if (q.post_logout_redirect_uri !== undefined) {
    if (!client) return { kind: 'error_page', title: 'Which client?', message: 'post_logout_redirect_uri needs id_token_hint or client_id to say whose registered URIs to check.' };
    if (!redirectAllowed(client.post_logout_redirect_uris, q.post_logout_redirect_uri)) {
      const registered = (client.post_logout_redirect_uris ?? []).join(', ') || 'none';
      return { kind: 'error_page', title: 'post_logout_redirect_uri is not registered', message: `${q.post_logout_redirect_uri} is not a registered post-logout redirect URI of client ${client.client_id} (registered: ${registered}).` };
    }
  }
  let ended = 0;
  if (client) {
    const sessionId = sessionCookie(req.cookie);
    const session = sessionId ? await svc.store.getRecord('oidc_sessions', client.client_id, sessionId) : undefined;
    const userId = typeof hint?.sub === 'string' ? hint.sub : session?.user_id;
    if (userId) ended = await endSessions(svc, client.client_id, userId);
  }
  if (q.post_logout_redirect_uri === undefined) return { kind: 'signed_out', cookie: clearCookie(), ended };
  const url = new URL(q.post_logout_redirect_uri);
  if (q.state !== undefined) url.searchParams.set('state', q.state);
  return { kind: 'redirect', location: url.toString(), cookie: clearCookie() };
}
