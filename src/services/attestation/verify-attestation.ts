import { X509Certificate } from 'node:crypto';
import { verifyAndroidKey } from './android-key.js';
import { verifyAndroidSafetyNet } from './android-safetynet.js';
import { verifyApple } from './apple.js';
import type { AttestationInput, AttestationResult } from './attestation-input.js';
import { refusals } from './attestation-input.js';
import { verifyFidoU2f } from './fido-u2f.js';
import { verifyPacked } from './packed.js';
import { verifyTpm } from './tpm.js';

const verifiers: Record<string, (input: AttestationInput) => AttestationResult> = {
  packed: verifyPacked,
  'fido-u2f': verifyFidoU2f,
  tpm: verifyTpm,
  'android-key': verifyAndroidKey,
  'android-safetynet': verifyAndroidSafetyNet,
  apple: verifyApple,
  none: verifyNone,
};

export const attestationFormats = Object.keys(verifiers);

/**
 * WebAuthn §7.1 steps 19–21 for every registered statement format, at the sandbox's instant.
 * @simplewebauthn/server checks certificate validity against the machine's date (`new Date()`
 * inside each verifier, with no option to pass another instant), so a captured response could
 * never be replayed at the moment it was made; the statement is verified here instead, with
 * node:crypto, and the library keeps every other check of the ceremony. Throws an
 * AttestationRefusal naming the format, check, certificate, instant and way out.
 */
export function verifyAttestation(input: AttestationInput): AttestationResult {
  const verify = verifiers[input.fmt];
  if (!verify) throw refusals(input).invalid('format', `the attestation format ${JSON.stringify(input.fmt)} is not one WebAuthn registers (${attestationFormats.join(', ')})`);
  return verify(input);
}

function verifyNone(input: AttestationInput): AttestationResult {
  if (input.attStmt.size > 0) throw refusals(input).invalid('statement', 'a none attestation must have an empty attStmt (WebAuthn §8.7)');
  return { type: 'none', chain: [], root: null };
}

/** PEM or DER text to certificates; a root that does not parse is refused where it is given. */
export function parseRoots(pems: string[]): X509Certificate[] {
  return pems.map((pem) => new X509Certificate(pem));
}
