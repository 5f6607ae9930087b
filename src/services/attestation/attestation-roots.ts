import { X509Certificate } from 'node:crypto';
import type { Client } from '../../store/types.js';

/**
 * The trust anchors for one format: @simplewebauthn/server's defaults (Google's for android-key
 * and android-safetynet, Apple's for apple; it ships none for packed, tpm and fido-u2f) and the
 * client's own `attestation_roots`, which add to them and never replace them.
 */
export function rootsFor(client: Client, fmt: string, libraryDefaults: (fmt: string) => string[]): { all: X509Certificate[]; client: X509Certificate[] } {
  const own = (client.attestation_roots?.[fmt] ?? []).map(parsed);
  return { all: [...libraryDefaults(fmt).map(parsed), ...own], client: own };
}

/** Roots are parsed once per distinct PEM: a client's few roots are read on every registration. */
const cache = new Map<string, X509Certificate>();
function parsed(pem: string): X509Certificate {
  let cert = cache.get(pem);
  if (!cert) {
    cert = new X509Certificate(pem);
    if (cache.size >= 1000) cache.clear();
    cache.set(pem, cert);
  }
  return cert;
}

/** Why each given root cannot be used, naming where it is; empty when all parse. */
export function attestationRootProblems(roots: Record<string, string[]> | undefined, where: string): string[] {
  const problems: string[] = [];
  for (const [fmt, pems] of Object.entries(roots ?? {})) {
    pems.forEach((pem, i) => {
      try {
        parsed(pem);
      } catch {
        problems.push(`${where}.attestation_roots.${fmt}[${i}] is not a PEM (or base64 DER) X.509 certificate; paste the root's "-----BEGIN CERTIFICATE-----" block`);
      }
    });
  }
  return problems;
}
