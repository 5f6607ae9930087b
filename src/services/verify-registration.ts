import { createHash } from 'node:crypto';
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Client } from '../store/types.js';
import { applyAttestationPolicy } from './attestation/attestation-policy.js';
import { rootsFor } from './attestation/attestation-roots.js';
import { verifyAttestation } from './attestation/verify-attestation.js';
import { clientAlgorithms } from './supported-algorithms.js';
import { webauthn, webauthnHelpers } from './webauthn-lib.js';

export interface VerifiedRegistration {
  fmt: string;
  trusted: boolean;
  info: NonNullable<Awaited<ReturnType<typeof import('@simplewebauthn/server')['verifyRegistrationResponse']>>['registrationInfo']>;
}

/**
 * Registration verification in two parts. @simplewebauthn/server checks the ceremony (type,
 * challenge, origin, RP ID, flags, algorithm, credential) on the response with its statement
 * set aside (re-encoded as `none`); the statement itself is verified by ./attestation at the
 * sandbox's instant, because the library reads the machine's date for certificate validity and
 * SafetyNet timestamps (see verify-attestation.ts), and then judged by the client's policy.
 * Throws the library's errors, or an AttestationRefusal.
 */
export async function verifyRegistration(client: Client, expected: { challenge: string; origin: string; requireUV: boolean; now: Date }, response: RegistrationResponseJSON): Promise<VerifiedRegistration> {
  const [{ verifyRegistrationResponse, SettingsService }, helpers] = await Promise.all([webauthn(), webauthnHelpers()]);
  const objectBytes = helpers.isoBase64URL.toBuffer(response.response.attestationObject);
  const decoded = helpers.decodeAttestationObject(objectBytes);
  const fmt = decoded.get('fmt');
  const authData = decoded.get('authData');
  const attStmt = decoded.get('attStmt') as unknown as Map<string, unknown>;
  if (typeof fmt !== 'string' || !(authData instanceof Uint8Array) || !(attStmt instanceof Map)) {
    throw new Error('the attestation object is not a CBOR map of fmt, attStmt and authData');
  }
  // A none statement goes to the library as sent (the virtual authenticator's, the common case).
  const asNone = fmt === 'none' ? response.response.attestationObject
    : helpers.isoBase64URL.fromBuffer(helpers.isoCBOR.encode(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]) as never));
  const algorithms = clientAlgorithms(client.policy);
  const result = await verifyRegistrationResponse({
    response: { ...response, response: { ...response.response, attestationObject: asNone } },
    expectedChallenge: expected.challenge,
    expectedOrigin: expected.origin,
    expectedRPID: client.rp_id,
    expectedType: 'webauthn.create',
    requireUserPresence: true,
    requireUserVerification: expected.requireUV,
    supportedAlgorithmIDs: algorithms,
  });
  if (!result.verified) throw new Error('the registration response does not verify');
  const parsed = helpers.parseAuthenticatorData(authData);
  const roots = rootsFor(client, fmt, (f) => SettingsService.getRootCertificates({ identifier: f as never }));
  const attestation = verifyAttestation({
    fmt,
    attStmt,
    authData,
    clientDataHash: createHash('sha256').update(helpers.isoBase64URL.toBuffer(response.response.clientDataJSON)).digest(),
    credentialPublicKey: parsed.credentialPublicKey!,
    aaguid: parsed.aaguid!,
    credentialId: parsed.credentialID!,
    rpIdHash: parsed.rpIdHash,
    now: expected.now,
    roots: roots.all,
    algorithms,
  });
  const trusted = applyAttestationPolicy(client, fmt, attestation, roots.client, expected.now);
  return { fmt, trusted, info: { ...result.registrationInfo, fmt: fmt as never, attestationObject: objectBytes } };
}
