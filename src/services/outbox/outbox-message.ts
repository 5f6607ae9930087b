/** A message as the outbox keeps it and `GET /__sandbox/outbox` lists it (CONTRACT-API §2). */
export interface OutboxMessage {
  message_id: string;
  sequence: number;
  time: string;
  client_id: string;
  channel: 'email' | 'sms';
  kind: 'magic_link' | 'email_otp' | 'sms_otp' | 'mfa_oob';
  to: string;
  subject?: string;
  text: string;
  state: string;
  code?: string;
  link?: string;
  magictext?: string;
  expires_at: string;
  send_no: number;
}

/** What a sender provides; the outbox adds the id, sequence and time. */
export type OutboxInput = Omit<OutboxMessage, 'message_id' | 'sequence' | 'time'>;

export interface OutboxFilter {
  client_id?: string;
  to?: string;
  kind?: string;
  state?: string;
  /** A message id: only messages delivered after it. */
  after?: string;
}

/**
 * Message ids count deliveries (`msg_` + 24 hex), rather than drawing from the seeded stream:
 * the outbox is not part of the state, so drawing would shift every later id of the state,
 * and a counter lets `after` name a message that was cleared or capped away.
 */
export const messageId = (sequence: number) => `msg_${sequence.toString(16).padStart(24, '0')}`;

/** The sequence a message id names (0 for none, so "after nothing" is "from the start"). */
export function sequenceOf(id: string | undefined): number {
  if (!id) return 0;
  const match = /^msg_([0-9a-f]{24})$/.exec(id);
  return match ? Number.parseInt(match[1], 16) : 0;
}

/** Addresses compare case-insensitively (emails); phone numbers are E.164 already. */
export function matches(message: OutboxMessage, filter: OutboxFilter): boolean {
  return (filter.client_id === undefined || message.client_id === filter.client_id)
    && (filter.to === undefined || message.to.toLowerCase() === filter.to.toLowerCase())
    && (filter.kind === undefined || message.kind === filter.kind)
    && (filter.state === undefined || message.state === filter.state);
}
