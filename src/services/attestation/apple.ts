import { concatBytes, hash } from './bytes.js';
import { refusals, type AttestationInput, type AttestationResult } from './attestation-input.js';
import { checkCertificatePath, parseX5c } from './certificate-path.js';
import { asn1Certificate, extension } from './certificate-fields.js';
import { coseKeyObject } from './verify-signature.js';

/** Apple's nonce extension (Apple Anonymous Attestation, WebAuthn §8.8). */
const APPLE_NONCE = '1.2.840.113635.100.8.2';

/**
 * `apple` (WebAuthn §8.8): no signature in the statement; the credential certificate, issued by
 * Apple's anonymous CA, carries SHA-256(authenticatorData ‖ clientDataHash) as a nonce and the
 * credential's own public key. The path to Apple's root is what proves it.
 */
export function verifyApple(input: AttestationInput): AttestationResult {
  const { invalid } = refusals(input);
  const chain = parseX5c(input, input.attStmt.get('x5c'));
  const leaf = chain[0];
  const root = checkCertificatePath(input, chain);
  const ext = extension(asn1Certificate(leaf), APPLE_NONCE);
  if (!ext) throw invalid('nonce', `the credential certificate has no ${APPLE_NONCE} nonce extension`, leaf);
  // The value is SEQUENCE { [1] { OCTET STRING (32) } }: the nonce is its last 32 bytes.
  const nonce = Buffer.from(ext.extnValue.buffer).subarray(-32);
  const expected = hash('sha256', concatBytes(input.authData, input.clientDataHash));
  if (!nonce.equals(expected)) throw invalid('nonce', `the certificate's nonce ${nonce.toString('hex')} is not SHA-256(authenticatorData ‖ clientDataHash) ${expected.toString('hex')}`, leaf);
  if (!leaf.publicKey.equals(coseKeyObject(input.credentialPublicKey).key)) throw invalid('publicKey', 'the credential certificate\'s public key is not the credential public key in authenticatorData', leaf);
  return { type: 'attca', chain, root };
}
