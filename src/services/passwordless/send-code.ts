import type { Client } from '../../store/types.js';
import { authCode, purgeExpired } from '../ceremony.js';
import type { Services } from '../services.js';
import { stateOwner, type AttemptKind, type PasswordlessAttempt } from './attempt.js';
import { attemptMessage } from './attempt-message.js';
import { clientOtp, magicText } from './codes.js';
import { findAttempt, refuseBurnt } from './find-attempt.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** The code or magictext of a (re)send: §3's derivation, or the client's `policy.fixed_otp`. */
function secretsOf(svc: Services, client: Client, kind: AttemptKind, state: string, sendNo: number) {
  const seed = svc.random.currentSeed;
  if (kind === 'magic_link') return { code: null, magictext: magicText(seed, client.client_id, state, sendNo) };
  return { code: clientOtp(seed, client, state, sendNo), magictext: null };
}

/** Delivers the attempt's current code or link to the outbox (a drop_delivery fault may lose it). */
function deliver(svc: Services, client: Client, attempt: PasswordlessAttempt): void {
  svc.outbox.deliver(attemptMessage(client, attempt, svc.issuer, svc.config.otpTtlMs));
}

/**
 * Opens a passwordless attempt and sends its first code or link (Email a Magic Link, Email a
 * Magic Auth Code, Send Magic Auth Code via SMS). `to` has been checked (checkEmail/checkPhone).
 * The state is drawn from the seeded stream and carries the client's owner tag; the code is §3's,
 * so it depends only on the seed, the client, the state and the send number. A locked-out
 * identifier (brute-force limits) is refused before anything is drawn or stored.
 */
export async function sendCode(svc: Services, client: Client, kind: AttemptKind, to: string, ip: string): Promise<PasswordlessAttempt> {
  svc.limiter.check({ clientId: client.client_id, identifier: to, ip });
  const now = svc.clock.nowMs();
  await purgeExpired(svc, now);
  const state = authCode(Buffer.from(svc.random.bytes(8)).toString('hex'), stateOwner(client.client_id));
  const expiresAt = now + svc.config.stateTtlMs;
  const attempt: PasswordlessAttempt = {
    state,
    client_id: client.client_id,
    kind,
    identifier: to,
    identifier_lc: to.toLowerCase(),
    send_no: 1,
    ...secretsOf(svc, client, kind, state, 1),
    created_at: iso(now),
    code_expires_at: iso(Math.min(now + svc.config.otpTtlMs, expiresAt)),
    expires_at: iso(expiresAt),
    status: 'pending',
    failures: 0,
    user_id: null,
    token: null,
  };
  await svc.store.putRecord('passwordless_attempts', attempt);
  deliver(svc, client, attempt);
  return attempt;
}

/**
 * A resend: the same state, the next send number, so a new code or magictext that voids the
 * old one, valid OTP_TTL_MS from now (never past the state's own expiry). Wrong codes already
 * sent for the state still count: a burnt state stays burnt.
 */
export async function resendCode(svc: Services, client: Client, kind: AttemptKind, state: string): Promise<PasswordlessAttempt> {
  const attempt = await findAttempt(svc, client, state, kind);
  refuseBurnt(attempt);
  const now = svc.clock.nowMs();
  const sendNo = attempt.send_no + 1;
  const resent: PasswordlessAttempt = {
    ...attempt,
    send_no: sendNo,
    ...secretsOf(svc, client, kind, state, sendNo),
    code_expires_at: iso(Math.min(now + svc.config.otpTtlMs, Date.parse(attempt.expires_at))),
  };
  await svc.store.putRecord('passwordless_attempts', resent);
  deliver(svc, client, resent);
  return resent;
}
