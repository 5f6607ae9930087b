import type { Ceremony } from './types.js';

/**
 * Whose a ceremony is: the identifier (login) or the user (registration) of one client. An
 * auth_code carries a tag of it (src/services/ceremony.ts), so that once an expired or evicted
 * ceremony is gone the sandbox can still tell its owner "expired"; the stores group ceremonies
 * by it to keep only each owner's newest (issue #13).
 */
export function ceremonyOwner(kind: Ceremony['kind'], clientId: string, who: string): string {
  return `${kind}:${clientId}:${kind === 'login' ? who.toLowerCase() : who}`;
}

/** The owner of a stored ceremony. */
export function ownerOf(ceremony: Ceremony): string {
  return ceremonyOwner(ceremony.kind, ceremony.client_id, (ceremony.kind === 'login' ? ceremony.identifier : ceremony.user_id) ?? '');
}

/** How many ceremonies a store keeps: `perOwner` newest of each owner, `total` newest in all. */
export interface CeremonyCap {
  perOwner: number;
  total: number;
}
