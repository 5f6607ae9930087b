import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { JWK, JWTPayload } from 'jose';
import { SandboxError } from '../errors.js';
import type { Clock } from '../lib/clock.js';
import type { SeededRandom } from '../lib/random.js';
import type { IssuedTokens } from '../store/types.js';
import { jwkThumbprint } from './jwk-thumbprint.js';
import { signRs256Jwt } from './sign-rs256-jwt.js';

/**
 * jose verifies Bearer tokens; it is imported by the first verification rather than at
 * start-up (~50 modules, ~80 ms of CPU, issue #5). Tokens are signed without it.
 */
let joseModule: typeof import('jose') | undefined;
const loadJose = async () => (joseModule ??= await import('jose'));

export interface AccessTokenClaims extends JWTPayload {
  sub: string;
  client_id: string;
}

/**
 * Issues and verifies RS256 access tokens (`typ: at+jwt`, RFC 9068) with the key from
 * SIGNING_KEY_FILE, so tokens survive restarts and can be checked against /.well-known/jwks.json.
 * Time comes from the sandbox clock and `jti` from the seeded random source, so a pinned
 * clock and seed give byte-identical tokens (RS256 signatures are deterministic).
 */
/** What Node exports for an RSA public key: kty, n and e are always there. */
interface RsaPublicJwk extends JWK { kty: string; n: string; e: string }

export class TokenService {
  private constructor(
    private readonly privateKey: KeyObject,
    private readonly publicKey: KeyObject,
    private readonly publicJwk: RsaPublicJwk,
    private readonly kid: string,
    private readonly clock: Clock,
    private readonly random: SeededRandom,
    private issuer: string,
    private readonly ttlSeconds: number,
    /**
     * Issuers besides the REST one whose access tokens are accepted as a Bearer: the OIDC face
     * mints the same `at+jwt` under its own issuer (CONTRACT-OIDC.md, Tokens).
     */
    private readonly acceptIssuer?: (iss: string) => boolean,
  ) {}

  static async create(opts: { keyFile: string; clock: Clock; random: SeededRandom; issuer: string; ttlSeconds: number; acceptIssuer?: (iss: string) => boolean }) {
    let privateKey: KeyObject;
    try {
      privateKey = createPrivateKey(readFileSync(opts.keyFile, 'utf8'));
    } catch (err) {
      throw new Error(`SIGNING_KEY_FILE ${opts.keyFile} is not a readable PEM private key: ${(err as Error).message}`);
    }
    if (privateKey.asymmetricKeyType !== 'rsa') {
      throw new Error(`SIGNING_KEY_FILE ${opts.keyFile} holds a ${privateKey.asymmetricKeyType} key; RS256 needs an RSA key`);
    }
    const publicKey = createPublicKey(privateKey);
    // Node's own JWK export: the object jose's exportJWK returns for a KeyObject.
    const publicJwk = publicKey.export({ format: 'jwk' }) as RsaPublicJwk;
    const kid = jwkThumbprint(publicJwk);
    return new TokenService(privateKey, publicKey, publicJwk, kid, opts.clock, opts.random, opts.issuer, opts.ttlSeconds, opts.acceptIssuer);
  }

  /**
   * Tokens whose signature, issuer and type already verified: an RS256 verification is the
   * largest cost of a Bearer request (issue #5), and a client sends the same token many times.
   * The time claims are still checked on every use, by the sandbox clock; a token outside its
   * validity goes through the full check again, so it is refused with the same message.
   */
  private verified = new Map<string, AccessTokenClaims>();
  private static readonly VERIFIED_MAX = 1000;

  /** The default issuer names the port, which is known only once the server listens. */
  setIssuer(issuer: string): void {
    this.issuer = issuer;
    this.verified.clear();
  }

  get keyId(): string {
    return this.kid;
  }

  jwks(): { keys: Array<RsaPublicJwk & { kid: string; alg: string; use: string }> } {
    return { keys: [{ ...this.publicJwk, kid: this.kid, alg: 'RS256', use: 'sig' }] };
  }

  async issue(clientId: string, userId: string): Promise<IssuedTokens> {
    const { token, expires_at } = await this.sign(clientId, userId, this.ttlSeconds);
    return { access_token: token, refresh_token: `rt_${this.random.base64url(32)}`, expires_at };
  }

  /**
   * An `mfa_token` (CONTRACT-API.md §5 B1): the same RS256 `at+jwt` with `scope: "mfa"`, living
   * `ttlSeconds` (5 minutes). Bearer checks outside /api/v1/auth/mfa/ refuse that scope.
   */
  issueMfaToken(clientId: string, userId: string, ttlSeconds: number): Promise<{ token: string; jti: string; expires_at: string }> {
    return this.sign(clientId, userId, ttlSeconds, { scope: 'mfa' });
  }

  /**
   * An access token of the OIDC face (CONTRACT-OIDC.md, Tokens): the same `at+jwt`, under the
   * OIDC issuer of the request that minted it, with the granted `scope`, and a `jti` that names
   * its grant (so userinfo can refuse the tokens of a revoked grant).
   */
  issueOidcAccessToken(o: { clientId: string; sub: string; issuer: string; scope: string; jti: string }): Promise<{ token: string; jti: string; expires_at: string }> {
    return this.sign(o.clientId, o.sub, this.ttlSeconds, { iss: o.issuer, jti: o.jti, scope: o.scope });
  }

  /** An id_token (OIDC Core §2): its claims are the caller's; the header is the same key's, `typ: JWT`. */
  signIdToken(claims: Record<string, unknown>): Promise<string> {
    return signRs256Jwt({ alg: 'RS256', typ: 'JWT', kid: this.kid }, claims, this.privateKey);
  }

  /**
   * One RS256 `at+jwt` with the claims every token of the sandbox carries (PRODUCT.md, F6 `azp`),
   * plus `extra` (an OIDC token's own `iss` and `jti` replace the defaults).
   */
  private async sign(clientId: string, userId: string, ttlSeconds: number, extra: Record<string, string> = {}) {
    const now = Math.floor(this.clock.nowMs() / 1000);
    const exp = now + ttlSeconds;
    const jti = extra.jti ?? this.random.objectId();
    const token = await signRs256Jwt(
      { alg: 'RS256', typ: 'at+jwt', kid: this.kid },
      { client_id: clientId, azp: clientId, iss: this.issuer, sub: userId, aud: clientId, iat: now, nbf: now, exp, jti, ...extra },
      this.privateKey,
    );
    return { token, jti, expires_at: new Date(exp * 1000).toISOString() };
  }

  /**
   * The claims of a JWT this sandbox signed (an id_token_hint), its signature checked and its
   * time claims not: RP-initiated logout accepts an expired id_token as the hint. Null when the
   * token is not one of ours.
   */
  async ownClaims(token: string): Promise<Record<string, unknown> | null> {
    try {
      const { compactVerify } = joseModule ?? await loadJose();
      const { payload } = await compactVerify(token, this.publicKey, { algorithms: ['RS256'] });
      const claims = JSON.parse(new TextDecoder().decode(payload)) as unknown;
      return claims && typeof claims === 'object' ? claims as Record<string, unknown> : null;
    } catch {
      return null;
    }
  }

  /** Verifies signature, issuer, type and time (by the sandbox clock); throws invalid_token saying why. */
  async verify(token: string): Promise<AccessTokenClaims> {
    const known = this.verified.get(token);
    if (known) {
      const now = Math.floor(this.clock.nowMs() / 1000);
      if ((known.nbf === undefined || known.nbf <= now) && known.exp !== undefined && now < known.exp) return { ...known };
    }
    try {
      const { jwtVerify } = joseModule ?? await loadJose();
      const { payload } = await jwtVerify(token, this.publicKey, {
        typ: 'at+jwt',
        algorithms: ['RS256'],
        currentDate: this.clock.now(),
        requiredClaims: ['sub', 'client_id', 'exp'],
      });
      if (payload.iss !== this.issuer && !(typeof payload.iss === 'string' && this.acceptIssuer?.(payload.iss))) {
        throw new Error(`unexpected "iss" claim value ${JSON.stringify(payload.iss)} (expected ${this.issuer} or an OIDC issuer of this sandbox)`);
      }
      if (this.verified.size >= TokenService.VERIFIED_MAX) this.verified.clear();
      this.verified.set(token, { ...payload } as AccessTokenClaims);
      return payload as AccessTokenClaims;
    } catch (err) {
      throw new SandboxError('invalid_token', { problem: `The Bearer token was refused: ${(err as Error).message}` });
    }
  }
}
