// What the passwordless tests share: the paths, CONTRACT-API §3's codes written out from the
// contract (independent of src/services/passwordless/codes.ts), and a send that returns the code.
import { createHash, createHmac } from 'node:crypto';
import { DEFAULT_CLIENT, type Harness } from './helper.js';

const base = '/api/v1/auth/passwordless';
const withClient = (path: string, clientId: string, extra: Record<string, string> = {}) =>
  `${base}/${path}?${new URLSearchParams({ client_id: clientId, ...extra })}`;

export const pwlPaths = {
  magicLinkSend: (clientId = DEFAULT_CLIENT) => withClient('magic-link/send', clientId),
  magicLinkResend: (clientId = DEFAULT_CLIENT) => withClient('magic-link/resend', clientId),
  magicLinkVerify: (params: Record<string, string>, clientId = DEFAULT_CLIENT) => withClient('magic-link/verify', clientId, params),
  ping: (state: string, clientId = DEFAULT_CLIENT) => withClient('magic-link/status', clientId, { state }),
  emailSend: (clientId = DEFAULT_CLIENT) => withClient('magic-otp/send', clientId),
  emailResend: (clientId = DEFAULT_CLIENT) => withClient('email-otp/resend', clientId),
  emailVerify: (clientId = DEFAULT_CLIENT) => withClient('email-otp/verify', clientId),
  smsSend: (clientId = DEFAULT_CLIENT) => withClient('phone-otp/send', clientId),
  smsResend: (clientId = DEFAULT_CLIENT) => withClient('phone-otp/resend', clientId),
  smsVerify: (clientId = DEFAULT_CLIENT) => withClient('phone-otp/verify', clientId),
};

const key = (seed: number) => createHash('sha256').update(`ssojet-sandbox:codes:${seed}`).digest();

/** §3: uint32(HMAC-SHA256(K, "otp|client|state|send_no")) mod 10^len, zero-padded. */
export function expectedOtp(seed: number, clientId: string, state: string, sendNo: number, length = 6): string {
  const n = createHmac('sha256', key(seed)).update(`otp|${clientId}|${state}|${sendNo}`).digest().readUInt32BE(0) % 10 ** length;
  return String(n).padStart(length, '0');
}

/** §3: base64url(HMAC-SHA256(K, "link|client|state|send_no")). */
export function expectedMagicText(seed: number, clientId: string, state: string, sendNo: number): string {
  return createHmac('sha256', key(seed)).update(`link|${clientId}|${state}|${sendNo}`).digest('base64url');
}

/** The latest outbox message of a state (the test's view of the "sent" email or SMS). */
export async function lastMessage(h: Harness, state: string) {
  const list = (await h.call({ url: `/__sandbox/outbox?state=${state}` })).body as Array<Record<string, any>>;
  return list.at(-1)!;
}

/** Emails a code to `email` and returns the state and the code the outbox received. */
export async function emailCode(h: Harness, email: string, clientId = DEFAULT_CLIENT) {
  const sent = await h.call({ method: 'POST', url: pwlPaths.emailSend(clientId), payload: { email } });
  if (sent.status !== 200) throw new Error(`send failed: ${JSON.stringify(sent.body)}`);
  const state = sent.body.state as string;
  return { state, code: (await lastMessage(h, state)).code as string };
}
