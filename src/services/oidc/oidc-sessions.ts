import type { Client, User } from '../../store/types.js';
import { recordSignIn } from '../login-logs.js';
import type { Services } from '../services.js';
import type { Authentication, OidcSession } from './oidc-records.js';

export const SESSION_COOKIE = 'ssojet_sandbox_oidc';

/** The session id a Cookie header names, if any. */
export function sessionCookie(header: string | string[] | undefined): string | undefined {
  const text = Array.isArray(header) ? header.join('; ') : header ?? '';
  for (const part of text.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value.length > 0) return value.join('=');
  }
  return undefined;
}

export const setCookie = (sessionId: string) => `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Lax`;
export const clearCookie = () => `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;

/**
 * A sign-in through the OIDC face, whatever the method (page, queue, OIDC_LOGIN=auto): a login
 * log entry like every other sign-in, and a session the cookie names, so `prompt=none` answers
 * at once afterwards.
 */
export async function startSession(svc: Services, client: Client, user: User, amr: string[], from: { ip: string; userAgent: string | undefined }, recorded = false): Promise<OidcSession> {
  if (!recorded) await recordSignIn(svc, { client, user, method: 'oidc', ip: from.ip, userAgent: from.userAgent });
  const session: OidcSession = {
    client_id: client.client_id, session_id: svc.random.objectId(), user_id: user.user_id,
    auth_time: Math.floor(svc.clock.nowMs() / 1000), amr, created_at: svc.clock.now().toISOString(), ended_at: null,
  };
  await svc.store.putRecord('oidc_sessions', session);
  return session;
}

/** The live session a cookie names for this client (not ended, its user still there), or null. */
export async function liveSession(svc: Services, client: Client, sessionId: string | undefined): Promise<{ session: OidcSession; user: User } | null> {
  if (!sessionId) return null;
  const session = await svc.store.getRecord('oidc_sessions', client.client_id, sessionId);
  if (!session || session.ended_at !== null) return null;
  const user = await svc.store.getUser(client.client_id, session.user_id);
  return user ? { session, user } : null;
}

/** Ends every live session of the user at this client (RP-initiated logout). */
export async function endSessions(svc: Services, clientId: string, userId: string): Promise<number> {
  const now = svc.clock.now().toISOString();
  let ended = 0;
  for (const session of await svc.store.listRecords('oidc_sessions', clientId, userId)) {
    if (session.ended_at !== null) continue;
    await svc.store.putRecord('oidc_sessions', { ...session, ended_at: now });
    ended += 1;
  }
  return ended;
}

export const authenticationOf = (session: OidcSession): Authentication =>
  ({ user_id: session.user_id, auth_time: session.auth_time, amr: session.amr });
