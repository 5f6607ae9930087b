import type { ClientPolicy } from '../store/types.js';

/**
 * SSOJet's pubKeyCredParams, in SSOJet's order (Passkey Registration Initialize example):
 * ES256, ES384, ES512, RS256, RS384, RS512, PS256, PS384, PS512, EdDSA. @simplewebauthn/server
 * verifies every one of them, so the whole list is offered.
 */
export const supportedAlgorithms = [-7, -35, -36, -257, -258, -259, -37, -38, -39, -8] as const;

/**
 * RSASSA-PKCS1-v1_5 with SHA-1. SHA-1 is broken for collision resistance, so it is never offered
 * by default; some TPMs still sign their attestation (and make keys) with it, so a client that
 * must accept them says so with `policy.allow_rs1`.
 */
export const RS1 = -65535;

/** The COSE algorithms a client accepts, for credential keys and attestation statements alike. */
export function clientAlgorithms(policy: Pick<ClientPolicy, 'allow_rs1'>): number[] {
  return policy.allow_rs1 === true ? [...supportedAlgorithms, RS1] : [...supportedAlgorithms];
}

export interface SignatureScheme {
  name: string;
  /** node:crypto's digest name; null for EdDSA, which hashes internally. */
  hash: string | null;
  pss: boolean;
}

/** How node:crypto verifies a signature made with each COSE algorithm (RFC 9053, RFC 8812). */
export const signatureSchemes: Record<number, SignatureScheme> = {
  [-7]: { name: 'ES256', hash: 'sha256', pss: false },
  [-35]: { name: 'ES384', hash: 'sha384', pss: false },
  [-36]: { name: 'ES512', hash: 'sha512', pss: false },
  [-257]: { name: 'RS256', hash: 'sha256', pss: false },
  [-258]: { name: 'RS384', hash: 'sha384', pss: false },
  [-259]: { name: 'RS512', hash: 'sha512', pss: false },
  [-37]: { name: 'PS256', hash: 'sha256', pss: true },
  [-38]: { name: 'PS384', hash: 'sha384', pss: true },
  [-39]: { name: 'PS512', hash: 'sha512', pss: true },
  [-8]: { name: 'EdDSA', hash: null, pss: false },
  [RS1]: { name: 'RS1', hash: 'sha1', pss: false },
};

export function algorithmName(alg: number): string {
  return signatureSchemes[alg]?.name ?? `COSE ${alg}`;
}
