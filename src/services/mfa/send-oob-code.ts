import type { Client } from '../../store/types.js';
import type { OutboxMessage } from '../outbox/outbox.js';
import type { Services } from '../services.js';
import type { MfaChallenge } from './mfa-records.js';

/**
 * Sends an out-of-band challenge's code (CONTRACT-API.md §2, §5 B4): one `mfa_oob` message on
 * the channel the app asked for. The message's `state` is the `oob_code`, the key of the
 * challenge, so a test filters the outbox by the value Initiate MFA answered. A
 * `drop_delivery` fault loses the message (null) while the challenge keeps its code, as a lost
 * email would: the code can still be read from the state document.
 */
export function sendOobCode(svc: Services, client: Client, challenge: MfaChallenge): OutboxMessage | null {
  const minutes = Math.max(1, Math.round((Date.parse(challenge.expires_at) - Date.parse(challenge.created_at)) / 60_000));
  const text = `${challenge.code} is your ${client.name} verification code. It expires in ${minutes} minute${minutes === 1 ? '' : 's'}. If you did not try to sign in, ignore this message.`;
  return svc.outbox.deliver({
    client_id: client.client_id,
    channel: challenge.channel,
    kind: 'mfa_oob',
    to: challenge.to,
    ...(challenge.channel === 'email' ? { subject: `Your ${client.name} verification code` } : {}),
    text,
    state: challenge.oob_code,
    code: challenge.code,
    expires_at: challenge.expires_at,
    send_no: 1,
  });
}
