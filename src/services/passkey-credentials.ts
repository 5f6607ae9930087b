import { SandboxError } from '../errors.js';
import type { StoredCredential, User } from '../store/types.js';
import type { Services } from './services.js';

/** The credential object exactly as SSOJet lists it: twelve fields, SSOJet's casing. */
export function publicCredential(c: StoredCredential) {
  return {
    id: c.id,
    Name: c.Name,
    SignCount: c.SignCount,
    LastUsedAt: c.LastUsedAt,
    CreatedAt: c.CreatedAt,
    UpdatedAt: c.UpdatedAt,
    public_key: c.public_key,
    attestation_type: c.attestation_type,
    aaguid: c.aaguid,
    transports: c.transports,
    backup_eligible: c.backup_eligible,
    backup_state: c.backup_state,
  };
}

export async function listPasskeys(svc: Services, user: User) {
  return (await svc.store.listCredentials(user.client_id, user.user_id)).map(publicCredential);
}

/** A passkey of another user answers exactly like one that does not exist: existence is not revealed. */
async function ownCredential(svc: Services, user: User, passkeyId: string): Promise<StoredCredential> {
  const credential = await svc.store.getCredential(user.client_id, passkeyId);
  if (!credential || credential.user_id !== user.user_id) {
    throw new SandboxError('resource_not_found', { missing: `The signed-in user has no passkey with id ${passkeyId}`, fix: 'list them with GET /api/v1/auth/passwordless/passkey/credentials' });
  }
  return credential;
}

export async function renamePasskey(svc: Services, user: User, passkeyId: string, name: string) {
  const credential = await ownCredential(svc, user, passkeyId);
  await svc.store.putCredential({ ...credential, Name: name, UpdatedAt: svc.clock.now().toISOString() });
  return { status: 'success' as const, message: 'Passkey name updated successfully' };
}

export async function deletePasskey(svc: Services, user: User, passkeyId: string) {
  await ownCredential(svc, user, passkeyId);
  await svc.store.deleteCredential(user.client_id, passkeyId);
  return { status: 'success' as const, message: 'Passkey deleted successfully' };
}
