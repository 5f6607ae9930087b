// The WebCrypto @simplewebauthn/server verifies with (src/services/webauthn-crypto.ts, issue #5):
// imported keys are reused and digests are computed by node:crypto, and nothing else changes.
// Unit checks against Node's own WebCrypto, then the sandbox: the library really uses it, and a
// signature that does not verify is still refused once the credential's key is reused.
import t from 'tap';
import { generateKeyPairSync, randomBytes, webcrypto } from 'node:crypto';
import { webauthnCrypto } from '../../src/services/webauthn-crypto.js';
import { webauthnCryptoStats } from '../../src/services/webauthn-lib.js';
import { ALICE, build, isError, registerPasskey, startLogin } from '../helper.js';

const { subtle } = webcrypto;
const bytes = (b: ArrayBuffer) => Buffer.from(b).toString('hex');

t.test('digest: the same bytes as WebCrypto for every SHA name and input shape', async (t) => {
  const { crypto, stats } = webauthnCrypto();
  let compared = 0;
  for (const name of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256']) {
    for (const length of [0, 1, 37, 4096]) {
      const data = randomBytes(length + 8).subarray(4, 4 + length); // a view into a larger buffer
      const inputs = [data, new DataView(data.buffer, data.byteOffset, data.byteLength), Uint8Array.from(data).buffer];
      for (const input of inputs) {
        t.equal(bytes(await crypto.subtle.digest(name, input)), bytes(await subtle.digest(name.toUpperCase(), input)), `${name}, ${length} bytes, ${input.constructor.name}`);
        compared++;
      }
    }
  }
  t.equal(stats.digests, compared, 'every digest went through node:crypto');
  t.equal(bytes(await crypto.subtle.digest({ name: 'SHA-256' }, Buffer.from('x'))), bytes(await subtle.digest('SHA-256', Buffer.from('x'))), 'an algorithm object');
  await t.rejects(crypto.subtle.digest('MD5', Buffer.from('x')), 'a name WebCrypto refuses is still refused');
});

t.test('importKey: one import per distinct JWK, and the reused key verifies like a fresh one', async (t) => {
  const { crypto, stats } = webauthnCrypto();
  const ecdsa = { name: 'ECDSA', namedCurve: 'P-256' };
  const pair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const a = pair();
  const b = pair();
  const jwkOf = (k: ReturnType<typeof pair>) => ({ ...k.publicKey.export({ format: 'jwk' }), ext: false });
  const first = await crypto.subtle.importKey('jwk', jwkOf(a), ecdsa, false, ['verify']);
  const again = await crypto.subtle.importKey('jwk', jwkOf(a), ecdsa, false, ['verify']);
  const other = await crypto.subtle.importKey('jwk', jwkOf(b), ecdsa, false, ['verify']);
  t.equal(again, first, 'the same JWK gives the same CryptoKey');
  t.not(other, first, 'another key is imported on its own');
  const plain = a.publicKey.export({ format: 'jwk' }); // no "ext": may be imported extractable
  const fixed = await crypto.subtle.importKey('jwk', plain, ecdsa, false, ['verify']);
  t.not(await crypto.subtle.importKey('jwk', plain, ecdsa, true, ['verify']), fixed, 'extractability is part of what is kept');
  t.same(stats, { imports: 4, reused: 1, digests: 0 });

  const data = Buffer.from('signed bytes');
  const privateA = await subtle.importKey('jwk', a.privateKey.export({ format: 'jwk' }), ecdsa, false, ['sign']);
  const signature = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateA, data);
  const verify = (key: webcrypto.CryptoKey, sig: ArrayBuffer) => crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, sig, data);
  t.equal(await verify(again, signature), true, 'a good signature verifies with the reused key');
  t.equal(await verify(other, signature), false, "another key's signature does not");
  const tampered = new Uint8Array(signature);
  tampered[10] ^= 1;
  t.equal(await verify(again, tampered.buffer), false, 'a tampered signature does not');

  const bad = { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA', ext: false };
  await t.rejects(crypto.subtle.importKey('jwk', bad, ecdsa, false, ['verify']));
  await t.rejects(crypto.subtle.importKey('jwk', bad, ecdsa, false, ['verify']), 'a failed import is not kept: it fails again');
  t.equal(stats.imports, 6, 'both failed imports were attempted');
});

t.test('importKey: the memo is bounded', async (t) => {
  const { crypto, stats } = webauthnCrypto(webcrypto, 2);
  const ecdsa = { name: 'ECDSA', namedCurve: 'P-256' };
  const jwks = [0, 1, 2].map(() => ({ ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' }), ext: false }));
  for (const jwk of jwks) await crypto.subtle.importKey('jwk', jwk, ecdsa, false, ['verify']);
  await crypto.subtle.importKey('jwk', jwks[2], ecdsa, false, ['verify']);
  await crypto.subtle.importKey('jwk', jwks[0], ecdsa, false, ['verify']);
  t.same(stats, { imports: 4, reused: 1, digests: 0 }, 'the third key started the memo over: the first is imported again');
});

t.test('the sandbox verifies with it: a second sign-in reuses the key, and a bad signature is still refused', async (t) => {
  const h = await build(t);
  const { authenticator } = await registerPasskey(h, ALICE.email);
  const signIn = async () => {
    const { passkey, finishUrl } = await startLogin(h, ALICE.email, authenticator);
    return h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  };
  t.equal((await signIn()).status, 200);
  const before = { ...webauthnCryptoStats };
  t.equal((await signIn()).status, 200);
  t.ok(webauthnCryptoStats.reused > before.reused, `the credential's key was reused (${JSON.stringify(before)} → ${JSON.stringify(webauthnCryptoStats)})`);
  t.equal(webauthnCryptoStats.imports, before.imports, 'and not imported again');
  t.ok(webauthnCryptoStats.digests >= before.digests + 2, 'rpIdHash and clientDataHash went through node:crypto');
  t.equal(globalThis.crypto, webcrypto, "the rest of the process keeps Node's own WebCrypto");

  const { passkey, finishUrl } = await startLogin(h, ALICE.email, authenticator);
  const signature = Buffer.from(passkey.response.signature, 'base64url');
  signature[signature.length - 1] ^= 1;
  const refused = await h.call({ method: 'POST', url: finishUrl, payload: { passkey: { ...passkey, response: { ...passkey.response, signature: signature.toString('base64url') } } } });
  isError(t, refused, 401, 'passkey_authentication_failed', /signature/);
  t.ok(webauthnCryptoStats.reused > before.reused + 1, 'with the reused key');
});
