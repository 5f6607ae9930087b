import { hash, webcrypto } from 'node:crypto';

type Crypto = webcrypto.Crypto;
type CryptoKey = webcrypto.CryptoKey;
type KeyFormat = webcrypto.KeyFormat;
type JsonWebKey = webcrypto.JsonWebKey;
type BufferSource = webcrypto.BufferSource;
type AlgorithmIdentifier = webcrypto.AlgorithmIdentifier;
type KeyUsage = webcrypto.KeyUsage;
type SubtleCrypto = webcrypto.SubtleCrypto;

/** What the wrapper did, for tests and the benchmark: imports made, imports answered from the memo, digests. */
export interface WebCryptoStats { imports: number; reused: number; digests: number }

const digestNames: Record<string, string> = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

/**
 * The WebCrypto @simplewebauthn/server verifies with: Node's own, with two costs taken out of
 * every verification (issue #5; measured on this machine, per Finish Passkey Authentication):
 *
 * - `importKey('jwk', …)`: the library re-imports the credential's public key from a JWK on
 *   each verification (~200 us, more than the signature check itself). The same JWK,
 *   algorithm, extractability and usages give the same CryptoKey, so the imported key is kept
 *   (bounded; a failed import is not kept). The signature is still checked by `subtle.verify`.
 * - `digest`: an async WebCrypto job per hash (~30-50 us of thread-pool hand-off for a few
 *   hundred bytes); SHA digests are computed with node:crypto instead, the same bytes.
 *
 * Everything else is Node's WebCrypto, called as is.
 */
export function webauthnCrypto(base: Crypto = webcrypto, limit = 10_000): { crypto: Crypto; stats: WebCryptoStats } {
  const subtle = base.subtle;
  const stats: WebCryptoStats = { imports: 0, reused: 0, digests: 0 };
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
    const bytes = ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
    const out = hash(nodeName, bytes, 'buffer');
    return Promise.resolve(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength));
  };
  const crypto = {
    subtle: wrapped as unknown as SubtleCrypto,
    getRandomValues: base.getRandomValues.bind(base),
    randomUUID: () => base.randomUUID(),
  } as Crypto;
  return { crypto, stats };
}
