import { SandboxError } from '../../errors.js';
import type { Client, IssuedTokens } from '../../store/types.js';
import { issuedTo } from '../ceremony.js';
import type { Services } from '../services.js';
import { signedInStatus } from '../tokens/signed-in-status.js';
import { stateOwner } from './attempt.js';
import { stateExpired } from './find-attempt.js';

/** What Ping Status (and GET Auth Status by state) reads of an attempt or a passkey ceremony. */
export interface Outcome {
  verified: boolean;
  user_id: string | null;
  token: IssuedTokens | null;
  expires_at: string;
}

/**
 * Ping Status (CONTRACT-API §4 A4): any attempt of this client by its state, a passkey
 * `auth_code` included (both share the sign-in's outcome), `{authenticated: false}` until it is
 * verified, then the same tokens and user on every poll, until STATE_TTL_MS after the send
 * (400 state_expired, also for a purged state of this client). Anything else is 400
 * invalid_state_id. Polling never changes the state.
 */
export async function pingStatus(svc: Services, client: Client, state: string) {
  const outcome = await outcomeOf(svc, client, state);
  if (!outcome) {
    if (issuedTo(state, stateOwner(client.client_id))) throw stateExpired(svc, state, null);
    throw new SandboxError('invalid_state_id', {
      state,
      problem: `is not a state or auth_code of client ${client.client_id}`,
      fix: 'poll with the state a send returned (magic link, email or SMS code) or the auth_code of Initiate Passkey Login',
    }, { check: 'state' });
  }
  if (svc.clock.nowMs() >= Date.parse(outcome.expires_at)) throw stateExpired(svc, state, null, outcome.expires_at);
  return outcomeAnswer(svc, client, outcome);
}

/** `{authenticated: false}` until the sign-in succeeds, then its tokens and user on every read. */
export async function outcomeAnswer(svc: Services, client: Client, outcome: Outcome) {
  if (!outcome.verified || !outcome.token || !outcome.user_id) return { authenticated: false as const };
  const user = await svc.store.getUser(client.client_id, outcome.user_id);
  if (!user) return { authenticated: false as const };
  return signedInStatus(svc, outcome.token, user);
}

/** The sign-in whose state (or passkey auth_code) this is, if it is this client's. */
export async function outcomeOf(svc: Services, client: Client, state: string): Promise<Outcome | undefined> {
  const attempt = await svc.store.getRecord('passwordless_attempts', client.client_id, state);
  if (attempt) return { verified: attempt.status === 'verified', user_id: attempt.user_id, token: attempt.token, expires_at: attempt.expires_at };
  const ceremony = await svc.store.getCeremony(state);
  if (!ceremony || ceremony.client_id !== client.client_id) return undefined;
  // A passkey state lives as long as a passwordless one, from its initiate.
  const expiresAt = new Date(Date.parse(ceremony.created_at) + svc.config.stateTtlMs).toISOString();
  return { verified: ceremony.status === 'verified', user_id: ceremony.user_id, token: ceremony.token, expires_at: expiresAt };
}
