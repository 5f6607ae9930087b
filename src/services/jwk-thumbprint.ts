import { hash } from 'node:crypto';
import type { JWK } from 'jose';

/**
 * The RFC 7638 thumbprint (SHA-256, base64url) of an RSA public JWK: the hash of its required
 * members in lexicographic order, no white space. What jose's calculateJwkThumbprint gives for
 * the same key, without importing jose at start-up (see TokenService.create).
 */
export function jwkThumbprint(jwk: JWK): string {
  if (jwk.kty !== 'RSA' || !jwk.e || !jwk.n) throw new Error(`jwkThumbprint: an RSA public JWK is required, got kty ${jwk.kty}`);
  return hash('sha256', JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n }), 'base64url');
}
