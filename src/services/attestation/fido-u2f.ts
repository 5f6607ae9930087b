import { concatBytes } from './bytes.js';
import { bytesField, refusals, type AttestationInput, type AttestationResult } from './attestation-input.js';
import { checkCertificatePath, parseX5c } from './certificate-path.js';
import { coseKeyObject, verifySignature } from './verify-signature.js';

/**
 * `fido-u2f` (WebAuthn §8.6): one P-256 attestation certificate, a zero AAGUID, and an ES256
 * signature over 0x00 ‖ rpIdHash ‖ clientDataHash ‖ credentialId ‖ the uncompressed public key.
 */
export function verifyFidoU2f(input: AttestationInput): AttestationResult {
  const { invalid } = refusals(input);
  const sig = bytesField(input, 'sig');
  const chain = parseX5c(input, input.attStmt.get('x5c'));
  if (chain.length !== 1) throw invalid('statement', `attStmt.x5c holds ${chain.length} certificates; fido-u2f carries exactly one (WebAuthn §8.6 step 2)`);
  const leaf = chain[0];
  if (leaf.publicKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') throw invalid('certificateFields', 'the attestation certificate\'s key is not an EC P-256 key (WebAuthn §8.6 step 2)', leaf);
  if (Buffer.from(input.aaguid).some((b) => b !== 0)) throw invalid('aaguid', `authenticatorData's AAGUID is ${Buffer.from(input.aaguid).toString('hex')}; fido-u2f requires all zeros`);
  const key = coseKeyObject(input.credentialPublicKey);
  if (key.kty !== 2 || key.crv !== 1) throw invalid('publicKey', 'the credential public key is not an EC2 P-256 key, which fido-u2f requires');
  const publicKeyU2F = concatBytes(Uint8Array.of(0x04), key.x!, key.y!);
  const data = concatBytes(Uint8Array.of(0x00), input.rpIdHash, input.clientDataHash, input.credentialId, publicKeyU2F);
  const root = checkCertificatePath(input, chain);
  if (!verifySignature(-7, leaf.publicKey, data, sig)) {
    throw invalid('signature', 'the U2F attestation signature over 0x00 ‖ rpIdHash ‖ clientDataHash ‖ credentialId ‖ public key does not verify with the attestation certificate\'s public key', leaf);
  }
  return { type: 'basic', chain, root };
}
