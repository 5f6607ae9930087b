// The WebCrypto @simplewebauthn/server verifies with (src/services/webauthn-crypto.ts, issue #5):
// imported keys are reused, digests and signature checks are done by node:crypto, and nothing
// else changes.
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
  t.same(stats, { imports: 4, reused: 1, digests: 0, verifies: 0 });

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

t.test('verify: node:crypto answers exactly as WebCrypto, and whatever it does not cover is left to WebCrypto', async (t) => {
  const { crypto, stats } = webauthnCrypto();
  const data = randomBytes(300);
  type Case = { label: string; generate: webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams | webcrypto.Algorithm; params: webcrypto.AlgorithmIdentifier | webcrypto.EcdsaParams | webcrypto.RsaPssParams; fast: boolean };
  const cases: Case[] = [
    { label: 'ES256', generate: { name: 'ECDSA', namedCurve: 'P-256' }, params: { name: 'ECDSA', hash: { name: 'SHA-256' } } as webcrypto.EcdsaParams, fast: true },
    { label: 'ES384', generate: { name: 'ECDSA', namedCurve: 'P-384' }, params: { name: 'ECDSA', hash: 'SHA-384' }, fast: true },
    { label: 'ES512', generate: { name: 'ECDSA', namedCurve: 'P-521' }, params: { name: 'ECDSA', hash: 'SHA-512' }, fast: true },
    { label: 'EdDSA', generate: { name: 'Ed25519' }, params: { name: 'Ed25519' }, fast: true },
    { label: 'RS256', generate: { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, params: { name: 'RSASSA-PKCS1-v1_5' }, fast: true },
    { label: 'PS256', generate: { name: 'RSA-PSS', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, params: { name: 'RSA-PSS', saltLength: 32 }, fast: false },
  ];
  for (const c of cases) {
    const pair = await subtle.generateKey(c.generate, true, ['sign', 'verify']) as webcrypto.CryptoKeyPair;
    const other = await subtle.generateKey(c.generate, true, ['sign', 'verify']) as webcrypto.CryptoKeyPair;
    const good = new Uint8Array(await subtle.sign(c.params, pair.privateKey, data));
    const tampered = Uint8Array.from(good);
    tampered[5] ^= 0x10;
    const signatures: Array<[string, Uint8Array]> = [
      ['good', good], ['tampered', tampered], ['one byte short', good.subarray(0, good.length - 1)], ['empty', new Uint8Array(0)],
      ["another key's", new Uint8Array(await subtle.sign(c.params, other.privateKey, data))],
    ];
    const before = stats.verifies;
    for (const [what, signature] of signatures) {
      for (const signed of [data, Buffer.concat([data, Buffer.from('x')])]) {
        const expected = await subtle.verify(c.params, pair.publicKey, signature, signed);
        t.equal(await crypto.subtle.verify(c.params, pair.publicKey, signature, signed), expected, `${c.label}, ${what} signature, ${signed === data ? 'signed' : 'other'} data: ${expected}`);
      }
      t.equal(await crypto.subtle.verify(c.params, pair.publicKey, Uint8Array.from(signature).buffer, Uint8Array.from(data).buffer),
        await subtle.verify(c.params, pair.publicKey, signature, data), `${c.label}, ${what} signature, as ArrayBuffers`);
    }
    t.ok(c.fast ? stats.verifies - before >= 10 : stats.verifies === before, c.fast ? `${c.label}: checked by node:crypto` : `${c.label}: left to WebCrypto`);
    // What WebCrypto refuses is still refused: a private key, or a key of another algorithm.
    await t.rejects(crypto.subtle.verify(c.params, pair.privateKey, good, data), `${c.label}: a private key is refused`);
  }
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']) as webcrypto.CryptoKeyPair;
  await t.rejects(crypto.subtle.verify({ name: 'Ed25519' }, ec.publicKey, new Uint8Array(64), data), 'an ECDSA key asked for Ed25519 is refused');
  await t.rejects(crypto.subtle.verify({ name: 'ECDSA', hash: 'MD5' } as webcrypto.EcdsaParams, ec.publicKey, new Uint8Array(64), data), 'a hash WebCrypto does not know is refused');
  const signOnly = await subtle.importKey('jwk', await subtle.exportKey('jwk', (await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']) as webcrypto.CryptoKeyPair).publicKey), { name: 'ECDSA', namedCurve: 'P-256' }, false, []);
  await t.rejects(crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, signOnly, new Uint8Array(64), data), 'a key without the verify usage is refused');
  // Arguments node:crypto cannot take are WebCrypto's to refuse: a rejected promise, not a throw.
  await t.rejects(crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, undefined as never, new Uint8Array(64), data), 'no key');
  await t.rejects(crypto.subtle.verify({} as never, ec.publicKey, new Uint8Array(64), data), 'an algorithm without a name');
});

t.test('importKey: the memo is bounded', async (t) => {
  const { crypto, stats } = webauthnCrypto(webcrypto, 2);
  const ecdsa = { name: 'ECDSA', namedCurve: 'P-256' };
  const jwks = [0, 1, 2].map(() => ({ ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' }), ext: false }));
  for (const jwk of jwks) await crypto.subtle.importKey('jwk', jwk, ecdsa, false, ['verify']);
  await crypto.subtle.importKey('jwk', jwks[2], ecdsa, false, ['verify']);
  await crypto.subtle.importKey('jwk', jwks[0], ecdsa, false, ['verify']);
  t.same(stats, { imports: 4, reused: 1, digests: 0, verifies: 0 }, 'the third key started the memo over: the first is imported again');
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
  t.equal(webauthnCryptoStats.verifies, before.verifies + 1, 'the signature was checked by node:crypto');
  t.equal(globalThis.crypto, webcrypto, "the rest of the process keeps Node's own WebCrypto");

  const { passkey, finishUrl } = await startLogin(h, ALICE.email, authenticator);
  const signature = Buffer.from(passkey.response.signature, 'base64url');
  signature[signature.length - 1] ^= 1;
  const refused = await h.call({ method: 'POST', url: finishUrl, payload: { passkey: { ...passkey, response: { ...passkey.response, signature: signature.toString('base64url') } } } });
  isError(t, refused, 401, 'passkey_authentication_failed', /signature/);
  t.ok(webauthnCryptoStats.reused > before.reused + 1, 'with the reused key');
  t.equal(webauthnCryptoStats.verifies, before.verifies + 2, 'and checked by node:crypto, which refused it');
});
