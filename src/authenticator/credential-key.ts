import {
  createECDH,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  type KeyObject,
} from 'node:crypto';
import { coseKey } from './cose-key.js';
import type { Bytes, CoseAlgorithm } from './types.js';

/**
 * Key generation per algorithm. A table instead of a switch keeps the mapping
 * in one obvious place and leaves no unreachable default branch.
 *
 * RSA: 2048-bit modulus and e = 65537 are what platform authenticators use for
 * RS256; smaller keys would be refused by some relying parties.
 */
const GENERATE: Record<CoseAlgorithm, () => KeyObject> = {
  [-7]: () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
  [-8]: () => generateKeyPairSync('ed25519').privateKey,
  [-257]: () => generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 65537 }).privateKey,
};

/**
 * Hash passed to `crypto.sign` per algorithm. Ed25519 hashes internally
 * (RFC 8032 "PureEdDSA"), so Node requires `null` there. For RS256 Node's
 * default RSA padding is PKCS#1 v1.5, which is what RS256 means (RFC 8812 §2).
 */
const DIGEST: Record<CoseAlgorithm, string | null> = {
  [-7]: 'sha256',
  [-8]: null,
  [-257]: 'sha256',
};

/**
 * The private key of one credential together with its COSE algorithm.
 *
 * Keys are persisted as PKCS#8 DER so that authenticator state can be
 * snapshotted as JSON and restored in another process.
 */
export class CredentialKey {
  private constructor(
    readonly alg: CoseAlgorithm,
    private readonly privateKey: KeyObject,
  ) {}

  /**
   * Generate a fresh key pair for `alg`. With `seed` (32 bytes) the EC and Ed25519 keys are
   * derived from it, so a seeded authenticator makes the same keys every run; RSA keys are
   * always random (deriving RSA primes from a seed is not something Node offers).
   */
  static generate(alg: CoseAlgorithm, seed?: Uint8Array): CredentialKey {
    if (seed && alg === -8) {
      // PKCS#8 for Ed25519 is a fixed 16-byte prefix followed by the 32-byte seed (RFC 8410 §7).
      const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed.subarray(0, 32)]);
      return new CredentialKey(alg, createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
    }
    if (seed && alg === -7) {
      const ecdh = createECDH('prime256v1');
      ecdh.setPrivateKey(seed.subarray(0, 32));
      const point = ecdh.getPublicKey();
      const jwk = {
        kty: 'EC', crv: 'P-256', d: Buffer.from(seed.subarray(0, 32)).toString('base64url'),
        x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33, 65).toString('base64url'),
      };
      return new CredentialKey(alg, createPrivateKey({ key: jwk, format: 'jwk' }));
    }
    return new CredentialKey(alg, GENERATE[alg]());
  }

  /** Restore a key from its base64url PKCS#8 DER encoding. */
  static fromPkcs8(alg: CoseAlgorithm, pkcs8: string): CredentialKey {
    const der = Buffer.from(pkcs8, 'base64url');
    return new CredentialKey(alg, createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
  }

  /** base64url PKCS#8 DER of the private key. */
  pkcs8(): string {
    return this.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64url');
  }

  /** The public key as a COSE_Key (what goes into attested credential data). */
  cose(): Bytes {
    return coseKey(createPublicKey(this.privateKey), this.alg);
  }

  /**
   * SubjectPublicKeyInfo DER of the public key: what a browser returns from
   * `AuthenticatorAttestationResponse.getPublicKey()` (WebAuthn §5.2.1.1).
   */
  spki(): Bytes {
    return new Uint8Array(createPublicKey(this.privateKey).export({ format: 'der', type: 'spki' }));
  }

  /**
   * Sign `data` the way WebAuthn expects (§6.5.5, "Signature Formats"):
   * ES256 signatures are ASN.1 DER `Ecdsa-Sig-Value` (Node's default
   * `dsaEncoding: 'der'`), not the raw r‖s form WebCrypto produces; Ed25519
   * and RS256 signatures are used as-is.
   */
  sign(data: Uint8Array): Bytes {
    return new Uint8Array(sign(DIGEST[this.alg], data, this.privateKey));
  }
}
