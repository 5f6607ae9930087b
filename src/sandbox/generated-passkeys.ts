import { createHash } from 'node:crypto';
import { CredentialKey } from '../authenticator/credential-key.js';
import { ZERO_TIME } from '../services/passkey-registration.js';
import type { StoredCredential, User } from '../store/types.js';

/**
 * Passkeys a scenario seeds without a ceremony (`generated_passkeys: true`), cheaply enough for
 * 100 000 users: generating a key pair per passkey would take seconds, so every generated passkey
 * of a client shares ONE ES256 key pair, derived from the seed and the client id. Credential ids
 * are distinct and derived from the user id. Both are reproducible, so a test (or the benchmark)
 * can sign real assertions for any generated passkey: see `generatedPasskeyKey`.
 */
export function generatedPasskeyKey(seed: number, clientId: string): CredentialKey {
  const keySeed = createHash('sha256').update(`ssojet-sandbox:generated-passkey:${seed}:${clientId}`).digest();
  return CredentialKey.generate(-7, keySeed);
}

/** The credential id (base64url) of a user's generated passkey. */
export function generatedCredentialId(userId: string): string {
  return Buffer.from(`generated-passkey:${userId}`, 'utf8').toString('base64url');
}

/** Makes the stored credentials for a client's users, all with the client's shared public key. */
export function generatedPasskeyFactory(seed: number, clientId: string, now: string) {
  const publicKey = Buffer.from(generatedPasskeyKey(seed, clientId).cose()).toString('base64url');
  return (user: User): StoredCredential => ({
    client_id: clientId,
    user_id: user.user_id,
    id: generatedCredentialId(user.user_id),
    Name: null,
    SignCount: 0,
    LastUsedAt: now,
    CreatedAt: now,
    UpdatedAt: ZERO_TIME,
    public_key: publicKey,
    attestation_type: 'none',
    aaguid: '00000000-0000-0000-0000-000000000000',
    transports: ['internal'],
    backup_eligible: false,
    backup_state: false,
  });
}
