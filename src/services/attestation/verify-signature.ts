import { constants, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { decodeCredentialPublicKey } from '@simplewebauthn/server/helpers';
import { signatureSchemes } from '../supported-algorithms.js';

/**
 * Verifies a signature made with a COSE algorithm. ECDSA signatures in WebAuthn attestation
 * statements are DER (WebAuthn §6.5.5), JOSE's (SafetyNet's JWS) are r‖s: `dsa` says which.
 */
export function verifySignature(alg: number, key: KeyObject, data: Uint8Array, signature: Uint8Array, dsa: 'der' | 'ieee-p1363' = 'der'): boolean {
  const scheme = signatureSchemes[alg];
  if (!scheme) return false;
  try {
    return verify(scheme.hash, data, {
      key,
      dsaEncoding: dsa,
      ...(scheme.pss ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST } : {}),
    }, signature);
  } catch {
    return false; // a key of another type than the algorithm's: no valid signature
  }
}

const curves: Record<number, string> = { 1: 'P-256', 2: 'P-384', 3: 'P-521', 6: 'Ed25519' };
const b64 = (v: unknown) => Buffer.from(v as Uint8Array).toString('base64url');

/** The credential public key (COSE_Key, RFC 9052 §7) as a node:crypto key, and its COSE alg. */
export function coseKeyObject(cose: Uint8Array): { key: KeyObject; alg: number; kty: number; crv?: number; x?: Uint8Array; y?: Uint8Array; n?: Uint8Array; e?: Uint8Array } {
  const map = decodeCredentialPublicKey(cose as Uint8Array<ArrayBuffer>) as unknown as Map<number, unknown>;
  const kty = map.get(1) as number;
  const alg = map.get(3) as number;
  if (kty === 2) {
    const crv = map.get(-1) as number;
    const x = map.get(-2) as Uint8Array;
    const y = map.get(-3) as Uint8Array;
    return { kty, alg, crv, x, y, key: createPublicKey({ format: 'jwk', key: { kty: 'EC', crv: curves[crv], x: b64(x), y: b64(y) } }) };
  }
  if (kty === 3) {
    const n = map.get(-1) as Uint8Array;
    const e = map.get(-2) as Uint8Array;
    return { kty, alg, n, e, key: createPublicKey({ format: 'jwk', key: { kty: 'RSA', n: b64(n), e: b64(e) } }) };
  }
  if (kty === 1) {
    const crv = map.get(-1) as number;
    return { kty, alg, crv, x: map.get(-2) as Uint8Array, key: createPublicKey({ format: 'jwk', key: { kty: 'OKP', crv: curves[crv], x: b64(map.get(-2)) } }) };
  }
  throw new Error(`unsupported COSE key type ${kty}`);
}
