import type { Client } from '../../store/types.js';
import type { OutboxInput } from '../outbox/outbox.js';
import { channelOf, type PasswordlessAttempt } from './attempt.js';

/** The Verify Magic Link URL on the sandbox's own address, as the email carries it (CONTRACT-API §2). */
export function magicLinkUrl(base: string, attempt: PasswordlessAttempt): string {
  const query = new URLSearchParams({ client_id: attempt.client_id, state: attempt.state, magictext: attempt.magictext ?? '' });
  return `${base}/api/v1/auth/passwordless/magic-link/verify?${query}`;
}

const minutes = (ms: number) => (ms % 60000 === 0 ? `${ms / 60000} minutes` : `${Math.round(ms / 1000)} seconds`);

/**
 * The email or SMS of an attempt's latest (re)send, with the code or link both in the words a
 * person reads and as fields a test reads (`code`, `link`, `magictext`).
 */
export function attemptMessage(client: Client, attempt: PasswordlessAttempt, base: string, ttlMs: number): OutboxInput {
  const common = {
    client_id: client.client_id,
    channel: channelOf(attempt.kind),
    kind: attempt.kind,
    to: attempt.identifier,
    state: attempt.state,
    expires_at: attempt.code_expires_at,
    send_no: attempt.send_no,
  };
  const lasts = minutes(ttlMs);
  if (attempt.kind === 'magic_link') {
    const link = magicLinkUrl(base, attempt);
    return {
      ...common,
      subject: `Sign in to ${client.name}`,
      text: `Click the link below to sign in to ${client.name}. It works once, for ${lasts}.\n\n${link}\n\nIf you did not ask to sign in, ignore this email.`,
      link,
      magictext: attempt.magictext!,
    };
  }
  const code = attempt.code!;
  if (attempt.kind === 'sms_otp') {
    return { ...common, text: `${code} is your ${client.name} sign-in code. It expires in ${lasts}.`, code };
  }
  return {
    ...common,
    subject: `${code} is your ${client.name} sign-in code`,
    text: `Your sign-in code for ${client.name} is ${code}. It works once, for ${lasts}.\n\nIf you did not ask to sign in, ignore this email.`,
    code,
  };
}
