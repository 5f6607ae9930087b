import type { Client } from '../store/types.js';
import type { Services } from './services.js';

/**
 * Check User Passkey Authentication Status: the identifier's latest login ceremony.
 * A failed finish leaves it `pending` until its challenge times out, then `expired`
 * (PRODUCT.md's four values: pending, verified, expired, none).
 */
export async function passkeyStatus(svc: Services, client: Client, identifier: string) {
  const ceremony = await svc.store.latestLoginCeremony(client.client_id, identifier);
  if (!ceremony) return { status: 'none' as const, expires_at: null };
  if (ceremony.status === 'verified') return { status: 'verified' as const, expires_at: ceremony.expires_at };
  const expired = svc.clock.nowMs() >= Date.parse(ceremony.expires_at);
  return { status: expired ? 'expired' as const : 'pending' as const, expires_at: ceremony.expires_at };
}
