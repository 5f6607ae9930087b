// Access tokens are signed with node:crypto (src/services/sign-rs256-jwt.ts, issue #5) instead
// of jose's SignJWT: the bytes must be what jose makes, and jose's verifier must accept them.
import t from 'tap';
import { generateKeyPairSync } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import { signRs256Jwt } from '../../src/services/sign-rs256-jwt.js';
import { ALICE, build, DEFAULT_CLIENT } from '../helper.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const header = { alg: 'RS256' as const, typ: 'at+jwt', kid: 'k1' };
const claims = { client_id: 'cli_1', iss: 'http://localhost:1', sub: 'u1', aud: 'cli_1', iat: 1767225600, nbf: 1767225600, exp: 1767229200, jti: 'j1' };

t.test('the same bytes as jose for the same header and claims', async (t) => {
  const jose = await new SignJWT({ client_id: 'cli_1' }).setProtectedHeader(header).setIssuer(claims.iss).setSubject('u1')
    .setAudience('cli_1').setIssuedAt(claims.iat).setNotBefore(claims.nbf).setExpirationTime(claims.exp).setJti('j1').sign(privateKey);
  t.equal(await signRs256Jwt(header, claims, privateKey), jose);
});

t.test("jose's verifier accepts the token, and refuses it once a claim is changed", async (t) => {
  const token = await signRs256Jwt(header, claims, privateKey);
  const { payload, protectedHeader } = await jwtVerify(token, publicKey, { currentDate: new Date(claims.iat * 1000), typ: 'at+jwt', algorithms: ['RS256'] });
  t.same(payload, claims);
  t.same(protectedHeader, header);
  const [h, , s] = token.split('.');
  const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, sub: 'u2' })).toString('base64url')}.${s}`;
  await t.rejects(jwtVerify(forged, publicKey, { currentDate: new Date(claims.iat * 1000) }), { code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
});

t.test('a token the sandbox issues verifies against its JWKS with the claims RFC 9068 names', async (t) => {
  const h = await build(t);
  const token = await h.session(ALICE.email);
  const jwks = await h.call({ url: '/.well-known/jwks.json' });
  const { payload } = await jwtVerify(token, createLocalJWKSet(jwks.body), { currentDate: h.services.clock.now(), audience: DEFAULT_CLIENT, typ: 'at+jwt' });
  t.equal(payload.sub, ALICE.user_id);
  t.equal(payload.client_id, DEFAULT_CLIENT);
  t.same(Object.keys(payload), ['client_id', 'azp', 'iss', 'sub', 'aud', 'iat', 'nbf', 'exp', 'jti']);
  t.equal(payload.azp, payload.client_id, 'azp is the client id (CONTRACT-API F6)');
  t.equal(decodeProtectedHeader(token).kid, jwks.body.keys[0].kid);
});
