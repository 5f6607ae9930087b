import { concatBytes, hash } from './bytes.js';
import { bytesField, refusals, type AttestationInput, type AttestationResult } from './attestation-input.js';
import { checkCertificatePath, parseX5c } from './certificate-path.js';
import { subjectAttributes } from './certificate-fields.js';
import { verifySignature } from './verify-signature.js';

const jwsAlgorithms: Record<string, number> = { RS256: -257, RS384: -258, RS512: -259, PS256: -37, PS384: -38, PS512: -39, ES256: -7, ES384: -35, ES512: -36 };

/** How long after its timestamp a SafetyNet attestation is accepted (what @simplewebauthn/server allows). */
const SAFETYNET_WINDOW_MS = 60_000;

/**
 * `android-safetynet` (WebAuthn §8.5): a JWS from Google's SafetyNet service, whose nonce is
 * SHA-256(authenticatorData ‖ clientDataHash), signed by a certificate for attest.android.com,
 * made at most a minute before the sandbox's instant, on a device that passes the CTS profile.
 */
export function verifyAndroidSafetyNet(input: AttestationInput): AttestationResult {
  const { invalid, refuse } = refusals(input);
  if (typeof input.attStmt.get('ver') !== 'string') throw invalid('statement', 'attStmt.ver is missing');
  const parts = Buffer.from(bytesField(input, 'response')).toString('utf8').split('.');
  let header: { alg?: string; x5c?: string[] };
  let payload: { nonce?: string; timestampMs?: number; ctsProfileMatch?: boolean };
  try {
    if (parts.length !== 3) throw new Error('not three parts');
    header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    throw invalid('statement', 'attStmt.response is not a compact JWS with JSON header and payload');
  }
  const chain = parseX5c(input, (header.x5c ?? []).map((c) => Buffer.from(c, 'base64')), 'the JWS header\'s x5c');
  const leaf = chain[0];
  const expectedNonce = hash('sha256', concatBytes(input.authData, input.clientDataHash)).toString('base64');
  if (payload.nonce !== expectedNonce) throw invalid('nonce', `the JWS nonce ${JSON.stringify(payload.nonce)} is not base64(SHA-256(authenticatorData ‖ clientDataHash)) "${expectedNonce}"`);
  if (payload.ctsProfileMatch !== true) throw refuse('ctsProfileMatch', 'SafetyNet reports ctsProfileMatch false: the device does not pass Android\'s compatibility test suite', 'register on a device that passes SafetyNet\'s CTS profile, or with another attestation format');
  if (subjectAttributes(leaf).CN !== 'attest.android.com') throw invalid('certificateFields', 'the JWS certificate is not issued to attest.android.com', leaf);
  const root = checkCertificatePath(input, chain);
  // After the certificates, so that a response whose certificates expired says so.
  const at = Number(payload.timestampMs);
  const now = input.now.getTime();
  if (!(at <= now && now <= at + SAFETYNET_WINDOW_MS)) {
    throw refuse('timestamp', `the SafetyNet timestamp ${Number.isFinite(at) ? new Date(at).toISOString() : String(payload.timestampMs)} is not within the minute before the sandbox instant`, `pin the sandbox clock to the attestation's timestamp, e.g. POST /__sandbox/clock {"now": "${Number.isFinite(at) ? new Date(at).toISOString() : '…'}"}`);
  }
  const alg = jwsAlgorithms[header.alg ?? ''];
  if (alg === undefined) throw invalid('algorithm', `the JWS alg ${JSON.stringify(header.alg)} is not one the sandbox verifies`);
  if (!verifySignature(alg, leaf.publicKey, Buffer.from(`${parts[0]}.${parts[1]}`), Buffer.from(parts[2], 'base64url'), 'ieee-p1363')) {
    throw invalid('signature', 'the SafetyNet JWS signature does not verify with its certificate\'s public key', leaf);
  }
  return { type: 'basic', chain, root };
}
