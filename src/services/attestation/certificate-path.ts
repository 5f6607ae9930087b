import { X509Certificate } from 'node:crypto';
import { refusals, type AttestationInput } from './attestation-input.js';
import { describeCertificate, iso } from './attestation-refusal.js';

/** DER certificates of an x5c array as node:crypto certificates, refusing what does not parse. */
export function parseX5c(input: AttestationInput, x5c: unknown, where = 'attStmt.x5c'): X509Certificate[] {
  const { invalid } = refusals(input);
  if (!Array.isArray(x5c) || x5c.length === 0) throw invalid('statement', `${where} is missing or empty`);
  return x5c.map((der, i) => {
    try {
      return new X509Certificate(Buffer.from(der as Uint8Array));
    } catch {
      throw invalid('certificate', `${where}[${i}] is not a DER X.509 certificate`);
    }
  });
}

/**
 * Checks an attestation certificate path at the sandbox's instant, with node:crypto, so a
 * captured response replays at the moment it was made: each certificate within its validity
 * window, each signed by the next, and the last one either a known root or signed by one (the
 * root then within its own window too). Returns that root, or null when the path ends at a
 * root the sandbox does not know; whether that is acceptable is the client's policy.
 * Revocation lists are not fetched: the sandbox never reaches the network.
 */
export function checkCertificatePath(input: AttestationInput, chain: X509Certificate[]): X509Certificate | null {
  chain.forEach((cert) => checkValidity(input, cert));
  for (let i = 0; i + 1 < chain.length; i++) {
    if (!issuedBy(chain[i], chain[i + 1])) {
      throw refusals(input).invalid('certificateSignature', `the signature of x5c[${i}] does not verify with the public key of x5c[${i + 1}] (${describeCertificate(chain[i + 1])})`, chain[i]);
    }
  }
  const last = chain[chain.length - 1];
  for (const root of input.roots) {
    const isRoot = last.raw.equals(root.raw);
    if (isRoot || issuedBy(last, root)) {
      checkValidity(input, root);
      return root;
    }
  }
  return null;
}

/**
 * Issuer name and signature. Not X509Certificate.checkIssued: OpenSSL's issuer check also
 * demands well-formed key identifiers, and real TPM AIK certificates in the wild carry a
 * mis-encoded Authority Key Identifier (a constructed [0]) that it rejects as invalid.
 */
function issuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  return cert.issuer === issuer.subject && cert.verify(issuer.publicKey);
}

function checkValidity(input: AttestationInput, cert: X509Certificate): void {
  const now = input.now.getTime();
  const from = new Date(cert.validFrom).getTime();
  const to = new Date(cert.validTo).getTime();
  const inside = new Date(Math.min(to, Math.max(from, to - 86_400_000))).toISOString();
  const pin = `pin the sandbox clock inside the certificate's validity window, e.g. POST /__sandbox/clock {"now": "${inside}"} (a captured response replays at the instant it was made)`;
  if (now < from) throw refusals(input).refuse('certificateValidity', `the certificate is not yet valid: its validity starts ${iso(cert.validFrom)}, after the sandbox instant`, pin, cert);
  if (now > to) throw refusals(input).refuse('certificateValidity', `the certificate expired on ${iso(cert.validTo)}, before the sandbox instant`, pin, cert);
}
