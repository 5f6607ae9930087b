import type { X509Certificate } from 'node:crypto';
import { AsnParser, OctetString } from '@peculiar/asn1-schema';
import { Certificate, type Extension } from '@peculiar/asn1-x509';
import type { AttestationInput } from './attestation-input.js';
import { refusals } from './attestation-input.js';

/** id-fido-gen-ce-aaguid (FIDO Authenticator Attestation, §"AAGUID extension"). */
const ID_FIDO_GEN_CE_AAGUID = '1.3.6.1.4.1.45724.1.1.4';

/** The parsed certificate, for the fields node:crypto's X509Certificate does not expose. */
export function asn1Certificate(cert: X509Certificate): Certificate {
  return AsnParser.parse(cert.raw, Certificate);
}

export function extension(cert: Certificate, oid: string): Extension | undefined {
  return cert.tbsCertificate.extensions?.find((ext) => ext.extnID === oid);
}

/** The subject's attributes by short name (CN, O, OU, C), the first value of each. */
export function subjectAttributes(cert: X509Certificate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of (cert.subject ?? '').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0 && out[line.slice(0, eq)] === undefined) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/**
 * An attestation certificate is a version 3 end-entity certificate (WebAuthn §8.2.1, §8.3.1);
 * when it carries the AAGUID extension, that AAGUID must be the one in authenticatorData.
 */
export function checkLeafBasics(input: AttestationInput, leaf: X509Certificate): Certificate {
  const { invalid } = refusals(input);
  const parsed = asn1Certificate(leaf);
  if (parsed.tbsCertificate.version !== 2) throw invalid('certificateFields', 'the attestation certificate is not an X.509 version 3 certificate', leaf);
  if (leaf.ca) throw invalid('certificateFields', 'the attestation certificate is a CA certificate (basicConstraints CA is true); it must be an end-entity certificate', leaf);
  const ext = extension(parsed, ID_FIDO_GEN_CE_AAGUID);
  if (ext) {
    const value = Buffer.from(AsnParser.parse(ext.extnValue, OctetString).buffer);
    if (!value.equals(Buffer.from(input.aaguid))) {
      throw invalid('aaguid', `the certificate's id-fido-gen-ce-aaguid extension (${value.toString('hex')}) is not the AAGUID in authenticatorData (${Buffer.from(input.aaguid).toString('hex')})`, leaf);
    }
  }
  return parsed;
}
