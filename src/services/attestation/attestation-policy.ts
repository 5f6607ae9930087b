import type { X509Certificate } from 'node:crypto';
import type { Client } from '../../store/types.js';
import type { AttestationResult } from './attestation-input.js';
import { AttestationRefusal, describeCertificate } from './attestation-refusal.js';

/**
 * What the client's policy makes of a statement that verified (WebAuthn §7.1 steps 22–24):
 * - `none` / `indirect`: accepted; `trusted` says whether it chained to a known root;
 * - `direct`: the same under `attestation_trust: "any"` (the default); `"known_roots"` refuses
 *   a statement that chains to no known root, none and self attestation included;
 * - `enterprise`: the statement must chain to one of the client's own `attestation_roots`.
 * Returns `trusted`, or throws the refusal, which names the way out.
 */
export function applyAttestationPolicy(client: Client, fmt: string, result: AttestationResult, clientRoots: X509Certificate[], now: Date): boolean {
  const { attestation, attestation_trust: trust = 'any' } = client.policy;
  const trusted = result.root !== null;
  const last = result.chain[result.chain.length - 1];
  const unrooted = last
    ? `the certificate path ends at ${describeCertificate(last)}, which is neither a root the sandbox trusts for ${fmt} nor signed by one`
    : `a ${result.type} attestation carries no certificate, so it cannot chain to a root`;
  const addRoot = `add the root's PEM to the client (POST /__sandbox/clients with "attestation_roots": {"${fmt}": ["-----BEGIN CERTIFICATE-----…"]})`;
  if (attestation === 'enterprise') {
    const own = result.root !== null && clientRoots.some((r) => r.raw.equals(result.root!.raw));
    if (!own) throw new AttestationRefusal(fmt, 'trust', `policy.attestation is "enterprise" and ${last && trusted ? `the path chains to ${describeCertificate(result.root!)}, which is not one of the client's own attestation_roots` : unrooted}`, now, `${addRoot}, or use policy.attestation "direct"`);
    return true;
  }
  if (attestation === 'direct' && trust === 'known_roots' && !trusted) {
    throw new AttestationRefusal(fmt, 'trust', `policy.attestation_trust is "known_roots" and ${unrooted}`, now, `${addRoot}, or set policy.attestation_trust "any" to store it with trusted: false`);
  }
  return trusted;
}
