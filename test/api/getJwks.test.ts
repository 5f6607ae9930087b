import t from 'tap';
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { ALICE, build } from '../helper.js';

const h = await build(t);

t.test('the JWKS holds the RSA key whose kid signs every token', async (t) => {
  const res = await h.call({ url: '/.well-known/jwks.json' });
  t.equal(res.status, 200);
  t.equal(res.body.keys.length, 1);
  const [jwk] = res.body.keys;
  t.match(jwk, { kty: 'RSA', alg: 'RS256', use: 'sig', e: 'AQAB' });
  t.notOk('d' in jwk, 'no private parts');
  const token = await h.session(ALICE.email);
  t.equal(decodeProtectedHeader(token).kid, jwk.kid);
  const { payload } = await jwtVerify(token, await importJWK(jwk, 'RS256'), { currentDate: h.services.clock.now() });
  t.equal(payload.sub, ALICE.user_id);
});

t.test('the signing key is stable across app instances (tokens survive restarts)', async (t) => {
  const again = await build(t);
  const a = (await h.call({ url: '/.well-known/jwks.json' })).body;
  const b = (await again.call({ url: '/.well-known/jwks.json' })).body;
  t.same(a, b);
});
