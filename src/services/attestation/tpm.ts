import { AsnParser } from '@peculiar/asn1-schema';
import { ExtendedKeyUsage, SubjectAlternativeName, id_ce_extKeyUsage, id_ce_subjectAltName } from '@peculiar/asn1-x509';
import { signatureSchemes } from '../supported-algorithms.js';
import { concatBytes, hash } from './bytes.js';
import { bytesField, refusals, type AttestationInput, type AttestationResult } from './attestation-input.js';
import { checkCertificatePath, parseX5c } from './certificate-path.js';
import { checkLeafBasics, extension } from './certificate-fields.js';
import { checkAlgorithm } from './check-algorithm.js';
import { TPM_GENERATED_VALUE, TPM_ST_ATTEST_CERTIFY, parseCertInfo, parsePubArea, tpmCurves, tpmHashes } from './tpm-structures.js';
import { coseKeyObject, verifySignature } from './verify-signature.js';

/** tcg-kp-AIKCertificate, and the TPM manufacturer/model/version attributes (TCG EK Credential Profile). */
const AIK_CERTIFICATE = '2.23.133.8.3';
const TPM_SAN_ATTRIBUTES = ['2.23.133.2.1', '2.23.133.2.2', '2.23.133.2.3'];

/**
 * `tpm` (WebAuthn §8.3): pubArea is the credential key; certInfo, signed by the attestation
 * identity key (AIK) certificate, certifies pubArea's name and carries the hash of
 * authenticatorData ‖ clientDataHash; the AIK certificate has the TPM profile's fields.
 * The manufacturer id is not matched against TCG's vendor registry.
 */
export function verifyTpm(input: AttestationInput): AttestationResult {
  const { invalid } = refusals(input);
  if (input.attStmt.get('ver') !== '2.0') throw invalid('statement', `attStmt.ver is ${JSON.stringify(input.attStmt.get('ver'))}, expected "2.0"`);
  const alg = checkAlgorithm(input, input.attStmt.get('alg'));
  const sig = bytesField(input, 'sig');
  const pubAreaBytes = bytesField(input, 'pubArea');
  const certInfoBytes = bytesField(input, 'certInfo');
  let pubArea; let certInfo;
  try {
    pubArea = parsePubArea(pubAreaBytes);
    certInfo = parseCertInfo(certInfoBytes);
  } catch (err) {
    throw invalid('statement', `pubArea or certInfo is not a TPM 2.0 structure (${(err as Error).message})`);
  }
  const key = coseKeyObject(input.credentialPublicKey);
  const sameKey = pubArea.type === 'rsa'
    ? key.kty === 3 && pubArea.n!.equals(Buffer.from(key.n!)) && (pubArea.exponent || 65537) === Buffer.from(key.e!).readUIntBE(0, key.e!.length)
    : key.kty === 2 && tpmCurves[pubArea.curve!] === key.crv && pubArea.x!.equals(Buffer.from(key.x!)) && pubArea.y!.equals(Buffer.from(key.y!));
  if (!sameKey) throw invalid('pubArea', 'pubArea\'s key is not the credential public key in authenticatorData (WebAuthn §8.3 step 2)');
  if (certInfo.magic !== TPM_GENERATED_VALUE || certInfo.type !== TPM_ST_ATTEST_CERTIFY) throw invalid('certInfo', 'certInfo is not a TPM-generated TPM_ST_ATTEST_CERTIFY structure');
  const extra = hash(signatureSchemes[alg].hash ?? 'sha256', concatBytes(input.authData, input.clientDataHash));
  if (!certInfo.extraData.equals(extra)) throw invalid('certInfo', 'certInfo.extraData is not the hash of authenticatorData ‖ clientDataHash');
  const nameHash = tpmHashes[certInfo.name.length >= 2 ? certInfo.name.readUInt16BE(0) : -1];
  if (!nameHash || !certInfo.name.subarray(2).equals(hash(nameHash, pubAreaBytes))) throw invalid('certInfo', 'certInfo.attested.name is not the name (hash) of pubArea');

  const chain = parseX5c(input, input.attStmt.get('x5c'));
  const aik = chain[0];
  const parsed = checkLeafBasics(input, aik);
  if ((aik.subject ?? '') !== '') throw invalid('certificateFields', 'the AIK certificate\'s subject is not empty (TPM profile)', aik);
  const san = extension(parsed, id_ce_subjectAltName);
  const attributes = new Set(san ? AsnParser.parse(san.extnValue, SubjectAlternativeName).flatMap((g) => (g.directoryName ?? []).flatMap((rdn) => rdn.map((atv) => atv.type))) : []);
  if (!TPM_SAN_ATTRIBUTES.every((oid) => attributes.has(oid))) throw invalid('certificateFields', 'the AIK certificate\'s subjectAltName lacks the TPM manufacturer, model or version', aik);
  const eku = extension(parsed, id_ce_extKeyUsage);
  if (!eku || !AsnParser.parse(eku.extnValue, ExtendedKeyUsage).includes(AIK_CERTIFICATE)) throw invalid('certificateFields', `the AIK certificate's extendedKeyUsage lacks tcg-kp-AIKCertificate (${AIK_CERTIFICATE})`, aik);
  const root = checkCertificatePath(input, chain);
  if (!verifySignature(alg, aik.publicKey, certInfoBytes, sig)) throw invalid('signature', 'the signature over certInfo does not verify with the AIK certificate\'s public key', aik);
  return { type: 'attca', chain, root };
}
