import { SandboxError } from '../../errors.js';
import type { Client, IssuedTokens, User } from '../../store/types.js';
import type { Services } from '../services.js';
import { recordSignIn } from '../login-logs.js';
import { requireClient } from '../users.js';
import { issueSession } from './issue-session.js';

/** A code for Access Token By Auth Code (CONTRACT-API A12): single use, 5 minutes. */
export interface SsoCode {
  code: string;
  client_id: string;
  user_id: string;
  /** A state bound at minting must come back with the exchange; null binds none. */
  state: string | null;
  created_at: string;
  expires_at: string;
}

const SSO_CODE_TTL_MS = 5 * 60 * 1000;

/**
 * POST /__sandbox/sso/codes: SSOJet mints these at the end of an enterprise SSO flow, which the
 * sandbox does not emulate, so a test mints one for a user (by id or identifier) directly.
 */
export async function mintSsoCode(svc: Services, input: { client_id: string; user_id?: string; identifier?: string; state?: string }) {
  const client = await requireClient(svc, input.client_id);
  let user: User | undefined;
  if (input.user_id !== undefined) user = await svc.store.getUser(client.client_id, input.user_id);
  else if (input.identifier !== undefined) user = await svc.store.findUserByIdentifier(client.client_id, input.identifier);
  else throw new SandboxError('invalid_request_body', { reason: 'body.user_id or body.identifier is required (the user the code signs in)' });
  if (!user) {
    throw new SandboxError('resource_not_found', { missing: `Client ${client.client_id} has no user ${input.user_id ?? input.identifier}`, fix: `list users with GET /__sandbox/users?client_id=${client.client_id}` });
  }
  if (input.user_id !== undefined && input.identifier !== undefined && user.identifier.toLowerCase() !== input.identifier.toLowerCase()) {
    throw new SandboxError('invalid_request_body', { reason: `body.user_id ${input.user_id} and body.identifier ${input.identifier} name different users; send one of them` });
  }
  const now = svc.clock.nowMs();
  const record: SsoCode = {
    code: svc.random.base64url(32),
    client_id: client.client_id,
    user_id: user.user_id,
    state: input.state ?? null,
    created_at: new Date(now).toISOString(),
    expires_at: new Date(now + SSO_CODE_TTL_MS).toISOString(),
  };
  await svc.store.putRecord('sso_codes', record);
  return { code: record.code, state: record.state };
}

/**
 * Access Token By Auth Code: the code is used up by a successful exchange only (a refusal
 * changes nothing). The exchange ends an SSO sign-in, so it is recorded as one (method `sso`).
 */
export async function exchangeSsoCode(
  svc: Services,
  input: { client: Client; code: string; state: string | undefined; ip: string; userAgent: string | undefined },
): Promise<{ tokens: IssuedTokens; user: User }> {
  const { client, code, state } = input;
  const record = await svc.store.getRecord('sso_codes', client.client_id, code);
  const refuse = (why: string) => new SandboxError('invalid_code', { reason: `query.code ${why}; mint a new one with POST /__sandbox/sso/codes (a code works once, for 5 minutes)` }, { explanation: `code check failed: ${why}` });
  if (!record) throw refuse(`is unknown for client ${client.client_id} or was already used`);
  const now = svc.clock.nowMs();
  if (now >= Date.parse(record.expires_at)) throw refuse(`expired at ${record.expires_at} (sandbox time ${new Date(now).toISOString()})`);
  if (record.state !== null && state !== record.state) {
    throw new SandboxError('invalid_code', { reason: `query.state ${state === undefined ? 'is missing' : `${state} differs from the state bound to this code`}; send the state given when the code was minted (${record.state})` }, { explanation: 'state check failed: the state bound at minting did not come back' });
  }
  const user = await svc.store.getUser(client.client_id, record.user_id);
  if (!user) throw refuse(`belongs to user ${record.user_id}, who no longer exists`);
  // The delete is the claim: of two exchanges racing with one code, only the one that removed it goes on.
  if (!await svc.store.deleteRecord('sso_codes', client.client_id, code)) throw refuse(`is unknown for client ${client.client_id} or was already used`);
  const signedIn = await recordSignIn(svc, { client, user, method: 'sso', ip: input.ip, userAgent: input.userAgent });
  return { tokens: await issueSession(svc, client.client_id, user.user_id), user: signedIn };
}
