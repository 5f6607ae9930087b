import type { Client, User } from '../../store/types.js';
import { attemptUser } from '../passwordless/complete-attempt.js';
import { checkEmail } from '../passwordless/identifiers.js';
import { sendCode } from '../passwordless/send-code.js';
import { checkCode } from '../passwordless/verify-code.js';
import type { Services } from '../services.js';

/**
 * "Email me a code" on the sign-in page: the same send as Email a Magic Auth Code (A5), so the
 * page's code is derived, delivered (the same `email_otp` outbox message, `drop_delivery`
 * included) and limited exactly as the API's. Returns the attempt's `state`, which the page's
 * next form carries.
 */
export async function sendPageCode(svc: Services, client: Client, email: string, ip: string): Promise<string> {
  return (await sendCode(svc, client, 'email_otp', checkEmail(email, 'email'), ip)).state;
}

/**
 * The typed code, checked as Verify Magic Auth Code checks it (wrong codes count towards the
 * state's 5 and the brute-force limits). The user is found by the email or created by this
 * first verified sign-in, as the API does; the attempt is used up. The page's sign-in is an OIDC
 * session (its login log says `oidc`, the caller writes it), not an API session, so the attempt
 * carries no tokens and Ping Status on it stays `{authenticated: false}`.
 */
export async function verifyPageCode(svc: Services, client: Client, state: string, code: string, ip: string): Promise<User> {
  const attempt = await checkCode(svc, client, { kind: 'email_otp', state, otp: code.trim(), ip });
  const user = await attemptUser(svc, client, attempt);
  await svc.store.putRecord('passwordless_attempts', { ...attempt, status: 'verified', user_id: user.user_id });
  return user;
}
