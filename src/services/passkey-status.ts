import type { Ceremony, Client } from '../store/types.js';
import type { Services } from './services.js';

/**
 * A login ceremony's status: `verified` after a successful finish; otherwise (a failed finish
 * included) `pending` until its challenge times out, then `expired` (PRODUCT.md's values).
 */
export function loginCeremonyStatus(now: number, ceremony: Ceremony) {
  if (ceremony.status === 'verified') return { status: 'verified' as const, expires_at: ceremony.expires_at };
  const expired = now >= Date.parse(ceremony.expires_at);
  return { status: expired ? 'expired' as const : 'pending' as const, expires_at: ceremony.expires_at };
}

/** Check User Passkey Authentication Status: the identifier's latest login ceremony. */
export async function passkeyStatus(svc: Services, client: Client, identifier: string) {
  const ceremony = await svc.store.latestLoginCeremony(client.client_id, identifier);
  if (!ceremony) return { status: 'none' as const, expires_at: null };
  return loginCeremonyStatus(svc.clock.nowMs(), ceremony);
}
