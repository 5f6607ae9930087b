import type { X509Certificate } from 'node:crypto';

/**
 * An attestation statement the sandbox refuses, in words a developer can act on: the format,
 * the check that failed, the certificate concerned (one line, never the PEM), the sandbox's
 * instant and the way out. The registration service turns it into the caller's error and the
 * journal's explanation, which therefore carry the same sentence.
 */
export class AttestationRefusal extends Error {
  constructor(
    readonly format: string,
    readonly check: string,
    detail: string,
    readonly now: Date,
    wayOut: string,
    certificate?: X509Certificate,
  ) {
    const cert = certificate ? ` Certificate: ${describeCertificate(certificate)}.` : '';
    super(`${format} attestation: ${detail}.${cert} Sandbox instant: ${now.toISOString()}. Way out: ${wayOut}`);
    this.name = 'AttestationRefusal';
  }
}

/** `"CN=…, O=…" issued by "…", valid <from> to <to>`: what a developer needs to recognise a certificate. */
export function describeCertificate(cert: X509Certificate): string {
  return `"${oneLine(cert.subject)}" issued by "${oneLine(cert.issuer)}", valid ${iso(cert.validFrom)} to ${iso(cert.validTo)}`;
}

/** A distinguished name on one line; a TPM's AIK certificate has an empty subject. */
export function oneLine(name: string | undefined): string {
  const text = (name ?? '').split('\n').filter(Boolean).join(', ');
  return text === '' ? '(empty subject)' : text;
}

export function iso(date: string): string {
  return new Date(date).toISOString();
}
