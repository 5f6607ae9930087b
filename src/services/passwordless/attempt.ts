import type { IssuedTokens } from '../../store/types.js';

export type AttemptKind = 'magic_link' | 'email_otp' | 'sms_otp';

/**
 * A passwordless attempt, keyed by its `state` (a record collection, so both stores and the
 * state document keep it). The current code or magictext is kept, so one can still be read
 * after a restore although the outbox is not restored.
 */
export interface PasswordlessAttempt {
  state: string;
  client_id: string;
  kind: AttemptKind;
  /** The email or E.164 phone number the code went to, as given. */
  identifier: string;
  /** Lower-cased identifier: the index GET Auth Status looks the latest attempt up by. */
  identifier_lc: string;
  /** 1 for the first send, one more per resend (CONTRACT-API §3). */
  send_no: number;
  code: string | null;
  magictext: string | null;
  created_at: string;
  /** The latest (re)send plus OTP_TTL_MS: a verify after it answers state_expired. */
  code_expires_at: string;
  /** The send plus STATE_TTL_MS: Ping Status answers until then. */
  expires_at: string;
  status: 'pending' | 'verified';
  /** Wrong codes so far; the 5th burns the state. */
  failures: number;
  user_id: string | null;
  token: IssuedTokens | null;
}

/** Five wrong codes burn a state (CONTRACT-API §1 "Verification limits"). */
export const MAX_OTP_FAILURES = 5;

export const channelOf = (kind: AttemptKind) => (kind === 'sms_otp' ? 'sms' as const : 'email' as const);

/**
 * What a state's owner tag names (src/services/ceremony.ts `authCode`): the client, since resend,
 * verify and Ping Status know only the client and the state. A purged state of this client
 * therefore still answers "expired" (CONTRACT-API §1), while any other stays "unknown".
 */
export const stateOwner = (clientId: string) => `passwordless:${clientId}`;
