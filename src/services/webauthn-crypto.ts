import { constants, hash, KeyObject, verify, webcrypto } from 'node:crypto';

type Crypto = webcrypto.Crypto;
type CryptoKey = webcrypto.CryptoKey;
type KeyFormat = webcrypto.KeyFormat;
type JsonWebKey = webcrypto.JsonWebKey;
type BufferSource = webcrypto.BufferSource;
type AlgorithmIdentifier = webcrypto.AlgorithmIdentifier;
type KeyUsage = webcrypto.KeyUsage;
type SubtleCrypto = webcrypto.SubtleCrypto;

/**
 * What the wrapper did, for tests and the benchmark: imports made, imports answered from the
 * memo, digests, and signatures checked by node:crypto (`verifies`, whatever the outcome).
 */
export interface WebCryptoStats { imports: number; reused: number; digests: number; verifies: number }

const digestNames: Record<string, string> = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

type EcdsaParams = { name: string; hash: AlgorithmIdentifier };
const nameOf = (a: AlgorithmIdentifier | { name: string }) => (typeof a === 'string' ? a : a.name).toUpperCase();
const view = (data: BufferSource) => (ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data));

/**
 * How node:crypto checks what `subtle.verify(algorithm, key, …)` asks, or null to leave it to
 * WebCrypto: only a public key meant for verifying with this very algorithm, as WebCrypto requires.
 */
function nodeVerify(algorithm: AlgorithmIdentifier | EcdsaParams, key: CryptoKey): { hash: string | null; options: object } | null {
  if (key.type !== 'public' || !key.usages.includes('verify')) return null;
  const name = nameOf(algorithm);
  if (nameOf(key.algorithm) !== name) return null;
  if (name === 'ECDSA') {
    const hashName = typeof algorithm === 'object' && 'hash' in algorithm ? digestNames[nameOf(algorithm.hash)] : undefined;
    // WebCrypto's ECDSA signatures are r || s (IEEE P1363), not DER.
    return hashName ? { hash: hashName, options: { dsaEncoding: 'ieee-p1363' } } : null;
  }
  if (name === 'ED25519') return { hash: null, options: {} };
  if (name === 'RSASSA-PKCS1-V1_5') {
    const hashName = digestNames[nameOf((key.algorithm as webcrypto.RsaHashedKeyAlgorithm).hash)];
    return hashName ? { hash: hashName, options: { padding: constants.RSA_PKCS1_PADDING } } : null;
  }
  return null;
}

/**
 * The WebCrypto @simplewebauthn/server verifies with: Node's own, with three costs taken out of
 * every verification (issue #5; measured on this machine, per Finish Passkey Authentication):
 *
 * - `importKey('jwk', …)`: the library re-imports the credential's public key from a JWK on
 *   each verification (~200 us, more than the signature check itself). The same JWK,
 *   algorithm, extractability and usages give the same CryptoKey, so the imported key is kept
 *   (bounded; a failed import is not kept). Every signature is still checked, each call.
 * - `digest`: an async WebCrypto job per hash (~30-50 us of thread-pool hand-off for a few
 *   hundred bytes); SHA digests are computed with node:crypto instead, the same bytes.
 * - `verify`: an async WebCrypto job too. On the benchmark's one core an ES256 check cost
 *   60-130 us as a job against ~60 us as node:crypto's `verify` on the key's KeyObject: the same
 *   OpenSSL check, without the thread-pool hand-off. ECDSA, Ed25519 and RSASSA-PKCS1-v1_5 with a
 *   public verify key of the named algorithm go that way; anything else (and any call that
 *   node:crypto refuses to evaluate) is left to WebCrypto, so its answers and errors stay its own.
 *
 * Everything else is Node's WebCrypto, called as is.
 */
export function webauthnCrypto(base: Crypto = webcrypto, limit = 10_000): { crypto: Crypto; stats: WebCryptoStats } {
  const subtle = base.subtle;
  const stats: WebCryptoStats = { imports: 0, reused: 0, digests: 0, verifies: 0 };
  const keys = new Map<string, Promise<CryptoKey>>();
  const wrapped: Record<string, unknown> = {};
  // SubtleCrypto's methods check their receiver, so each is called on Node's own object.
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(subtle))) {
    const method = (subtle as unknown as Record<string, unknown>)[name];
    if (name !== 'constructor' && typeof method === 'function') wrapped[name] = (...args: unknown[]) => method.apply(subtle, args);
  }
  wrapped.importKey = (format: KeyFormat, keyData: JsonWebKey | BufferSource, algorithm: AlgorithmIdentifier, extractable: boolean, usages: KeyUsage[]) => {
    if (format !== 'jwk') return subtle.importKey(format, keyData as BufferSource, algorithm, extractable, usages);
    const id = JSON.stringify([keyData, algorithm, extractable, usages]);
    const known = keys.get(id);
    if (known) {
      stats.reused++;
      return known;
    }
    stats.imports++;
    const imported = subtle.importKey('jwk', keyData as JsonWebKey, algorithm, extractable, usages);
    if (keys.size >= limit) keys.clear();
    keys.set(id, imported);
    imported.catch(() => keys.delete(id));
    return imported;
  };
  wrapped.digest = (algorithm: AlgorithmIdentifier, data: BufferSource) => {
    const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
    const nodeName = digestNames[name.toUpperCase()];
    if (!nodeName) return subtle.digest(algorithm, data);
    stats.digests++;
    const out = hash(nodeName, view(data), 'buffer');
    return Promise.resolve(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength));
  };
  const keyObjects = new WeakMap<CryptoKey, KeyObject>();
  wrapped.verify = (algorithm: AlgorithmIdentifier | EcdsaParams, key: CryptoKey, signature: BufferSource, data: BufferSource) => {
    let valid: boolean | undefined;
    try {
      const how = nodeVerify(algorithm, key);
      if (how) {
        let keyObject = keyObjects.get(key);
        if (!keyObject) keyObjects.set(key, (keyObject = KeyObject.from(key)));
        valid = verify(how.hash, view(data), { key: keyObject, ...how.options }, view(signature));
      }
    } catch {
      // Arguments node:crypto cannot take (or not a CryptoKey): WebCrypto answers, below.
    }
    if (valid === undefined) return subtle.verify(algorithm, key, signature, data);
    stats.verifies++;
    return Promise.resolve(valid);
  };
  const crypto = {
    subtle: wrapped as unknown as SubtleCrypto,
    getRandomValues: base.getRandomValues.bind(base),
    randomUUID: () => base.randomUUID(),
  } as Crypto;
  return { crypto, stats };
}
