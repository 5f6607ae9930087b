// What the passwordless tests share: the paths, CONTRACT-API §3's codes written out from the
// contract (independent of src/services/passwordless/codes.ts), and a send that returns the code.
import { createHash, createHmac } from 'node:crypto';
import { VirtualAuthenticator } from '../src/authenticator/index.js';
import { DEFAULT_CLIENT, ORIGIN, paths, type Harness } from './helper.js';

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

/** The message of `state` (the first after message `after`) awaited by the outbox long poll (GET /__sandbox/outbox/next), as an app's test would. */
export async function awaitMessage(h: Harness, state: string, after?: string) {
  const res = await h.call({ url: `/__sandbox/outbox/next?${new URLSearchParams({ state, timeout_ms: '5000', ...(after ? { after } : {}) })}` });
  if (res.status !== 200) throw new Error(`no message for state ${state}: ${JSON.stringify(res.body)}`);
  return res.body as Record<string, any>;
}

/**
 * The emailed-code sign-in of SSOJet's API, through HTTP only: Email a Magic Auth Code, the code
 * read from the outbox long poll, Verify Magic Auth Code. Returns the three answers.
 */
export async function emailSignIn(h: Harness, email: string, clientId = DEFAULT_CLIENT) {
  const sent = await h.call({ method: 'POST', url: pwlPaths.emailSend(clientId), payload: { email } });
  if (sent.status !== 200) throw new Error(`send failed: ${JSON.stringify(sent.body)}`);
  const message = await awaitMessage(h, sent.body.state);
  const verified = await h.call({ method: 'POST', url: pwlPaths.emailVerify(clientId), payload: { state: sent.body.state, otp: message.code } });
  return { state: sent.body.state as string, message, verified };
}

/** Registers a passkey with a virtual authenticator, with the Bearer a sign-in gave (Registration Initialize + Complete). */
export async function addPasskey(h: Harness, accessToken: string, clientId = DEFAULT_CLIENT) {
  const authenticator = new VirtualAuthenticator({ alg: -7 });
  const auth = { authorization: `Bearer ${accessToken}` };
  const init = await h.call({ url: paths.register({ client_id: clientId }), headers: auth });
  if (init.status !== 200) throw new Error(`register init failed: ${JSON.stringify(init.body)}`);
  const passkey = authenticator.createCredential(init.body.publicKey, { origin: ORIGIN });
  const done = await h.call({ method: 'POST', url: paths.register({ client_id: clientId, auth_code: init.body.auth_code }), headers: auth, payload: { passkey } });
  return { authenticator, done };
}
