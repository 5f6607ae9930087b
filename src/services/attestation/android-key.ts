import { AsnParser } from '@peculiar/asn1-schema';
import { KeyDescription, id_ce_keyDescription } from '@peculiar/asn1-android';
import { concatBytes } from './bytes.js';
import { bytesField, refusals, type AttestationInput, type AttestationResult } from './attestation-input.js';
import { checkCertificatePath, parseX5c } from './certificate-path.js';
import { asn1Certificate, extension } from './certificate-fields.js';
import { checkAlgorithm } from './check-algorithm.js';
import { coseKeyObject, verifySignature } from './verify-signature.js';

/**
 * `android-key` (WebAuthn §8.4): the credential key lives in Android's hardware keystore, whose
 * attestation certificate holds that very key and, in its key description extension, the
 * clientDataHash as the attestation challenge; the key must be scoped to the RP (no
 * allApplications). x5c carries the whole path, root included.
 */
export function verifyAndroidKey(input: AttestationInput): AttestationResult {
  const { invalid } = refusals(input);
  const sig = bytesField(input, 'sig');
  const alg = checkAlgorithm(input, input.attStmt.get('alg'));
  const chain = parseX5c(input, input.attStmt.get('x5c'));
  const leaf = chain[0];
  if (!leaf.publicKey.equals(coseKeyObject(input.credentialPublicKey).key)) throw invalid('publicKey', 'the attestation certificate\'s public key is not the credential public key in authenticatorData (WebAuthn §8.4 step 3)', leaf);
  const ext = extension(asn1Certificate(leaf), id_ce_keyDescription);
  if (!ext) throw invalid('keyDescription', 'the attestation certificate has no Android key description extension (1.3.6.1.4.1.11129.2.1.17)', leaf);
  const description = AsnParser.parse(ext.extnValue, KeyDescription);
  if (!Buffer.from(description.attestationChallenge.buffer).equals(Buffer.from(input.clientDataHash))) {
    throw invalid('keyDescription', 'the key description\'s attestationChallenge is not the SHA-256 of clientDataJSON (WebAuthn §8.4 step 4)', leaf);
  }
  if (description.teeEnforced.allApplications !== undefined || description.softwareEnforced.allApplications !== undefined) {
    throw invalid('keyDescription', 'the key description has allApplications: the key is not scoped to this RP ID (WebAuthn §8.4 step 4)', leaf);
  }
  const root = checkCertificatePath(input, chain);
  if (!verifySignature(alg, leaf.publicKey, concatBytes(input.authData, input.clientDataHash), sig)) {
    throw invalid('signature', 'the attestation signature over authenticatorData and the SHA-256 of clientDataJSON does not verify with the attestation certificate\'s public key', leaf);
  }
  return { type: 'basic', chain, root };
}
