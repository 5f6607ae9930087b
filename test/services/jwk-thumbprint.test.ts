// TokenService computes its kid without jose; it must be jose's RFC 7638 thumbprint, or the
// kid in tokens and at /.well-known/jwks.json would change.
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import t from 'tap';
import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose';
import { jwkThumbprint } from '../../src/services/jwk-thumbprint.js';

t.test('the thumbprint and JWK of an RSA key are what jose computes', async (t) => {
  const keys = [
    createPublicKey(readFileSync(new URL('../../fixtures/keys/signing-key.pem', import.meta.url), 'utf8')),
    generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 3 }).publicKey,
  ];
  for (const key of keys) {
    const jwk = key.export({ format: 'jwk' }) as JWK;
    t.same(jwk, await exportJWK(key));
    t.equal(jwkThumbprint(jwk), await calculateJwkThumbprint(jwk));
  }
});

t.test('a key that is not RSA is refused, naming its type', async (t) => {
  t.throws(() => jwkThumbprint({ kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }), /RSA public JWK is required, got kty EC/);
});
