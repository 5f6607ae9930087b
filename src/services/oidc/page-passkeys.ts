import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { SandboxError } from '../../errors.js';
import type { Client, User } from '../../store/types.js';
import { finishPasskeyLogin, startPasskeyLogin } from '../passkey-login.js';
import { finishPasskeyRegistration, startPasskeyRegistration } from '../passkey-registration.js';
import type { Services } from '../services.js';

/**
 * The client as the sign-in page's passkey ceremonies see it (CONTRACT-OIDC.md, Details
 * decided): RP ID = the host the page is served on, the page's own origin always allowed, and
 * discoverable credentials (resident key required), so "Sign in with a passkey" needs no
 * identifier. The credentials are the client's like any other.
 */
export function pageClient(client: Client, issuer: string): Client {
  const { origin, hostname } = new URL(issuer);
  const origins = client.origins.includes(origin) ? client.origins : [...client.origins, origin];
  return { ...client, rp_id: hostname, origins, policy: { ...client.policy, resident_key: 'required' } };
}

/** Authentication options without an identifier or allowCredentials: the authenticator offers its passkeys. */
export function pagePasskeyOptions(svc: Services, client: Client, issuer: string, ip: string) {
  return startPasskeyLogin(svc, pageClient(client, issuer), '', ip);
}

/** `amr` of a passkey sign-in (RFC 8176): hardware key, and `user` when the authenticator verified the user. */
export const passkeyAmr = (userVerified: boolean) => (userVerified ? ['hwk', 'user'] : ['hwk']);

/** Verifies the page's assertion through the REST passkey service; the user is the credential's. */
export async function pagePasskeySignIn(
  svc: Services, client: Client, issuer: string, from: { ip: string; userAgent?: string }, authCode: string, response: AuthenticationResponseJSON,
): Promise<{ user: User; amr: string[] }> {
  const done = await finishPasskeyLogin(svc, {
    client: pageClient(client, issuer), ip: from.ip, userAgent: from.userAgent, authCode, identifier: '', response, discoverable: true, method: 'oidc',
  });
  return { user: done.user, amr: passkeyAmr(done.userVerified) };
}

/** Creation options for the signed-in user (the offer after an emailed-code sign-in). */
export function pageRegistrationOptions(svc: Services, client: Client, issuer: string, user: User | null) {
  if (!user) throw noSession();
  return startPasskeyRegistration(svc, pageClient(client, issuer), user);
}

export function pagePasskeyRegister(svc: Services, client: Client, issuer: string, user: User | null, authCode: string, response: RegistrationResponseJSON) {
  if (!user) throw noSession();
  return finishPasskeyRegistration(svc, { client: pageClient(client, issuer), user, authCode, response });
}

const noSession = () => new SandboxError('invalid_token', { problem: 'There is no live sign-in session of this client (its cookie is missing, or it was ended by logout)' });
