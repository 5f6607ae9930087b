import { createHmac, hash } from 'node:crypto';
import type { Client } from '../../store/types.js';

/**
 * Codes that depend only on the seed, the client, the state and which (re)send it is
 * (CONTRACT-API §3), so unrelated parallel traffic cannot shift them the way a shared counter
 * would, and a test can compute them itself. K = SHA-256("ssojet-sandbox:codes:" ‖ seed).
 */
const keys = new Map<number, Buffer>();
const keyOf = (seed: number) => {
  let key = keys.get(seed);
  if (!key) keys.set(seed, (key = hash('sha256', `ssojet-sandbox:codes:${seed}`, 'buffer')));
  return key;
};
const mac = (seed: number, text: string) => createHmac('sha256', keyOf(seed)).update(text).digest();

/** uint32(HMAC(K, "otp|client|state|send_no")) mod 10^length, zero-padded. */
export function otpCode(seed: number, clientId: string, state: string, sendNo: number, length: number): string {
  const n = mac(seed, `otp|${clientId}|${state}|${sendNo}`).readUInt32BE(0) % 10 ** length;
  return String(n).padStart(length, '0');
}

/**
 * A client's one-time code: its `policy.fixed_otp` (one code for every OTP, like a provider's
 * test numbers), or §3's derivation at its `policy.otp_length` (6 by default). Email and SMS
 * codes and MFA's out-of-band codes all come from here.
 */
export function clientOtp(seed: number, client: Pick<Client, 'client_id' | 'policy'>, state: string, sendNo: number): string {
  return client.policy.fixed_otp ?? otpCode(seed, client.client_id, state, sendNo, client.policy.otp_length ?? 6);
}

/** base64url(HMAC(K, "link|client|state|send_no")): 43 characters, no padding. */
export function magicText(seed: number, clientId: string, state: string, sendNo: number): string {
  return mac(seed, `link|${clientId}|${state}|${sendNo}`).toString('base64url');
}
