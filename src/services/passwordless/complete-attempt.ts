import type { Client, IssuedTokens, User } from '../../store/types.js';
import { recordSignIn } from '../login-logs.js';
import type { Services } from '../services.js';
import { issueSession } from '../tokens/issue-session.js';
import { createUser } from '../users.js';
import type { PasswordlessAttempt } from './attempt.js';

export interface SignedIn {
  user: User;
  tokens: IssuedTokens;
  attempt: PasswordlessAttempt;
}

/**
 * The person a proved attempt signs in: the user whose identifier it went to, created on this
 * first verification if there is none ("Sign in or create a new account", CONTRACT-API §1), with
 * the sign-up method as `connection_type`. An email that received the code or link is thereby
 * verified (returned so, for the sign-in to store); a phone sign-up has no email and the number
 * as identifier and `phone_id`.
 */
export async function attemptUser(svc: Services, client: Client, attempt: PasswordlessAttempt): Promise<User> {
  const byPhone = attempt.kind === 'sms_otp';
  const found = await svc.store.findUserByIdentifier(client.client_id, attempt.identifier);
  const user = found ?? await createUser(svc, client, byPhone ? '' : attempt.identifier, {
    identifier: attempt.identifier,
    phone_id: byPhone ? attempt.identifier : null,
    email_verified: !byPhone,
    connection_type: attempt.kind,
  });
  return byPhone ? user : { ...user, email_verified: true };
}

/**
 * A verified attempt of SSOJet's API signs its person in: the login log, a session, and the
 * attempt marked verified with its tokens for Ping Status.
 */
export async function completeAttempt(svc: Services, client: Client, attempt: PasswordlessAttempt, ip: string, userAgent: string | undefined): Promise<SignedIn> {
  const proved = await attemptUser(svc, client, attempt);
  const signedIn = await recordSignIn(svc, { client, user: proved, method: attempt.kind, ip, userAgent });
  const tokens = await issueSession(svc, client.client_id, signedIn.user_id);
  const verified: PasswordlessAttempt = { ...attempt, status: 'verified', user_id: signedIn.user_id, token: tokens };
  await svc.store.putRecord('passwordless_attempts', verified);
  return { user: signedIn, tokens, attempt: verified };
}
