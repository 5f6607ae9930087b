import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { webauthn } from './webauthn-lib.js';
import { SandboxError } from '../errors.js';
import type { Client, StoredCredential, User } from '../store/types.js';
import { consumeCeremony, openCeremony } from './ceremony.js';
import { checkClientData } from './check-client-data.js';
import type { Services } from './services.js';
import { supportedAlgorithms } from './supported-algorithms.js';
import { describeLibraryError, webauthnFailure } from './webauthn-failure.js';

/** WebAuthn's upper bound on a credential id's length (L3 §6.1 credentialIdLength, §7.1 step 25). */
export const MAX_CREDENTIAL_ID_BYTES = 1023;

/** SSOJet's "zero" time, which `UpdatedAt` shows until the first rename. */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** `user.id` in creation options: base64 of the 24-hex user id, as SSOJet's example shows. */
export function userHandle(userId: string): string {
  return Buffer.from(userId, 'utf8').toString('base64url');
}

/** Passkey Registration Initialize: creation options shaped like SSOJet's example. */
export async function startPasskeyRegistration(svc: Services, client: Client, user: User) {
  const existing = await svc.store.listCredentials(client.client_id, user.user_id);
  const { policy } = client;
  const ceremony = await openCeremony(svc, {
    kind: 'registration', client, identifier: user.identifier, user_id: user.user_id, user_verification: policy.user_verification,
  });
  return {
    auth_code: ceremony.auth_code,
    publicKey: {
      rp: { name: client.rp_name, id: client.rp_id },
      user: { name: user.email, displayName: user.email, id: userHandle(user.user_id) },
      challenge: ceremony.challenge,
      pubKeyCredParams: supportedAlgorithms.map((alg) => ({ type: 'public-key' as const, alg })),
      timeout: svc.config.challengeTimeoutMs,
      authenticatorSelection: {
        ...(policy.authenticator_attachment ? { authenticatorAttachment: policy.authenticator_attachment } : {}),
        requireResidentKey: policy.resident_key === 'required',
        residentKey: policy.resident_key,
        userVerification: policy.user_verification,
      },
      attestation: policy.attestation,
      ...(existing.length > 0
        ? { excludeCredentials: existing.map((c) => ({ id: c.id, type: 'public-key' as const, transports: c.transports })) }
        : {}),
    },
  };
}

/**
 * Complete Passkey Registration: verifies the attestation exactly as a production relying
 * party would (challenge, origin, RP ID, UP, UV per policy, algorithm, attestation statement)
 * and stores the credential with SSOJet's fields.
 */
export async function finishPasskeyRegistration(
  svc: Services,
  input: { client: Client; user: User; authCode: string; response: RegistrationResponseJSON; email?: string },
) {
  const { client, user, response } = input;
  if (input.email !== undefined && input.email.toLowerCase() !== user.email.toLowerCase()) {
    throw new SandboxError('invalid_request_body', { reason: `body.email ${input.email} is not the signed-in user's email (${user.email}); omit it or send the Bearer of that user` });
  }
  const ceremony = await consumeCeremony(svc, input.authCode, 'registration', { clientId: client.client_id, who: user.user_id });
  const fail = (check: string, message: string) => webauthnFailure('passkey_registration_failed', check, message);

  const clientData = checkClientData(response.response.clientDataJSON, { type: 'webauthn.create', challenge: ceremony.challenge, client });
  if (!clientData.ok) throw fail(clientData.check, clientData.message);

  let info;
  try {
    const { verifyRegistrationResponse } = await webauthn();
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge: ceremony.challenge,
      expectedOrigin: clientData.data.origin,
      expectedRPID: client.rp_id,
      expectedType: 'webauthn.create',
      requireUserPresence: true,
      requireUserVerification: ceremony.user_verification === 'required',
      supportedAlgorithmIDs: [...supportedAlgorithms],
    });
    if (!result.verified) throw new Error('the attestation statement (signature over authenticatorData and the SHA-256 of clientDataJSON) does not verify');
    info = result.registrationInfo;
  } catch (err) {
    const { check, message } = describeLibraryError(err, client.rp_id);
    throw fail(check, message);
  }

  const credentialId = info.credential.id;
  // WebAuthn L3 §7.1 step 25 (the library leaves it to the relying party): an id longer than
  // 1023 bytes is refused, so no store or later allowCredentials list has to carry it.
  const idBytes = Buffer.from(credentialId, 'base64url').length;
  if (idBytes > MAX_CREDENTIAL_ID_BYTES) {
    throw fail('credentialId', `the credential id is ${idBytes} bytes long; WebAuthn allows at most ${MAX_CREDENTIAL_ID_BYTES} bytes (§6.1, §7.1 step 25). Use an authenticator that makes ids of 16 to 1023 bytes (the virtual authenticator makes 32 unless credentialIdLength says otherwise)`);
  }
  if (await svc.store.getCredential(client.client_id, credentialId)) {
    throw new SandboxError('passkey_already_registered', { credential_id: credentialId, client_id: client.client_id }, { check: 'credential id' });
  }
  const now = svc.clock.now().toISOString();
  const credential: StoredCredential = {
    client_id: client.client_id,
    user_id: user.user_id,
    id: credentialId,
    Name: null,
    SignCount: info.credential.counter,
    LastUsedAt: now,
    CreatedAt: now,
    UpdatedAt: ZERO_TIME,
    public_key: Buffer.from(info.credential.publicKey).toString('base64url'),
    attestation_type: info.fmt,
    aaguid: info.aaguid,
    transports: info.credential.transports ?? response.response.transports ?? [],
    backup_eligible: info.credentialDeviceType === 'multiDevice',
    backup_state: info.credentialBackedUp,
  };
  await svc.store.putCredential(credential);
  await svc.store.putCeremony({ ...ceremony, status: 'verified' });
  return { status: 'success' as const, message: 'Passkey registered successfully' };
}
