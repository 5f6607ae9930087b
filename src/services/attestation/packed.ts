import { concatBytes } from './bytes.js';
import { bytesField, refusals, type AttestationInput, type AttestationResult } from './attestation-input.js';
import { checkCertificatePath, parseX5c } from './certificate-path.js';
import { checkLeafBasics, subjectAttributes } from './certificate-fields.js';
import { checkAlgorithm } from './check-algorithm.js';
import { coseKeyObject, verifySignature } from './verify-signature.js';

/**
 * `packed` (WebAuthn §8.2): with x5c, a signature by the attestation certificate, whose subject
 * has the fields §8.2.1 requires; without, self attestation signed by the credential key itself.
 */
export function verifyPacked(input: AttestationInput): AttestationResult {
  const { invalid } = refusals(input);
  const sig = bytesField(input, 'sig');
  const alg = checkAlgorithm(input, input.attStmt.get('alg'));
  const data = concatBytes(input.authData, input.clientDataHash);
  if (input.attStmt.get('x5c') === undefined) {
    const credential = coseKeyObject(input.credentialPublicKey);
    if (alg !== credential.alg) throw invalid('algorithm', `self attestation: attStmt.alg ${alg} is not the credential key's algorithm ${credential.alg} (WebAuthn §8.2 step 3)`);
    if (!verifySignature(alg, credential.key, data, sig)) throw invalid('signature', 'the self-attestation signature over authenticatorData and the SHA-256 of clientDataJSON does not verify with the credential public key');
    return { type: 'self', chain: [], root: null };
  }
  const chain = parseX5c(input, input.attStmt.get('x5c'));
  const leaf = chain[0];
  checkLeafBasics(input, leaf);
  const subject = subjectAttributes(leaf);
  if (subject.OU !== 'Authenticator Attestation') throw invalid('certificateFields', `the attestation certificate's subject OU is ${JSON.stringify(subject.OU ?? null)}, WebAuthn §8.2.1 requires "Authenticator Attestation"`, leaf);
  if (!subject.CN || !subject.O || !/^[A-Z]{2}$/.test(subject.C ?? '')) throw invalid('certificateFields', "the attestation certificate's subject lacks CN, O or a two-letter C (WebAuthn §8.2.1)", leaf);
  const root = checkCertificatePath(input, chain);
  if (!verifySignature(alg, leaf.publicKey, data, sig)) {
    throw invalid('signature', 'the attestation signature over authenticatorData and the SHA-256 of clientDataJSON does not verify with the attestation certificate\'s public key', leaf);
  }
  return { type: 'basic', chain, root };
}
