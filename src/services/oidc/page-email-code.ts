import { SandboxError } from '../../errors.js';
import type { Client, User } from '../../store/types.js';
import { otpCode } from '../passwordless/codes.js';
import type { PasswordlessAttempt } from '../passwordless/attempt.js';
import type { Services } from '../services.js';
import { createUser } from '../users.js';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{1,63}$/;
const refuse = (reason: string) => new SandboxError('invalid_request', { reason }, { explanation: reason });

/**
 * "Email me a code" on the sign-in page: an email_otp attempt (a passwordless record, so the
 * state export keeps it and a restored code can still be read) and its message in the outbox.
 * Returns the attempt's `state`, which the page's next form carries.
 *
 * Kept to what the page needs until the email-OTP service of the passwordless group (A5-A7)
 * lands; the code is the one CONTRACT-API §3 derives from the seed, the client and the state.
 */
export async function sendPageCode(svc: Services, client: Client, email: string): Promise<string> {
  if (!EMAIL.test(email)) throw refuse(`email ${JSON.stringify(email.slice(0, 100))} is not an email address; type the address the code should go to`);
  const now = svc.clock.nowMs();
  const state = svc.random.objectId();
  const code = otpCode(svc.config.seed, client.client_id, state, 1, 6);
  const attempt: PasswordlessAttempt = {
    state, client_id: client.client_id, kind: 'email_otp', identifier: email, identifier_lc: email.toLowerCase(), send_no: 1,
    code, magictext: null, created_at: new Date(now).toISOString(), code_expires_at: new Date(now + svc.config.otpTtlMs).toISOString(),
    expires_at: new Date(now + svc.config.stateTtlMs).toISOString(), status: 'pending', failures: 0, user_id: null, token: null,
  };
  await svc.store.putRecord('passwordless_attempts', attempt);
  svc.outbox.deliver({
    client_id: client.client_id, channel: 'email', kind: 'email_otp', to: email, subject: `Your ${client.name} sign-in code`,
    text: `Your code is ${code}. It works for ${Math.round(svc.config.otpTtlMs / 60000)} minutes.`, state, code, expires_at: attempt.code_expires_at, send_no: 1,
  });
  return state;
}

/**
 * Checks the typed code; the user is found by the email, or created by this first verified
 * sign-in (CONTRACT-API §1: users are created on first verification). A wrong code changes
 * nothing, so the page can be retried.
 */
export async function verifyPageCode(svc: Services, client: Client, state: string, code: string): Promise<User> {
  const attempt = await svc.store.getRecord('passwordless_attempts', client.client_id, state);
  if (!attempt || attempt.kind !== 'email_otp') throw refuse(`no emailed code was sent with state ${state.slice(0, 40)} for client ${client.client_id}; ask for a code again`);
  if (attempt.status === 'verified') throw refuse('this code was already used; ask for a new one');
  if (svc.clock.nowMs() >= Date.parse(attempt.code_expires_at)) throw refuse(`the code expired at ${attempt.code_expires_at} (OTP_TTL_MS); ask for a new one`);
  if (code.trim() !== attempt.code) throw refuse(`the code ${JSON.stringify(code.slice(0, 20))} is not the one sent to ${attempt.identifier}; check the email (the outbox: /__sandbox/outbox/view)`);
  const found = await svc.store.findUserByIdentifier(client.client_id, attempt.identifier);
  const user = found ?? await createUser(svc, client, attempt.identifier, { connection_type: 'email_otp', email_verified: true });
  await svc.store.putRecord('passwordless_attempts', { ...attempt, status: 'verified', user_id: user.user_id });
  return user;
}
