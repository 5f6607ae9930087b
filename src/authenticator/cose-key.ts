import type { KeyObject, JsonWebKey } from 'node:crypto';
import { encodeCbor } from './cbor.js';
import type { Bytes, Cbor, CoseAlgorithm } from './types.js';

/** COSE_Key common parameter labels (RFC 9052 §7.1). */
const KTY = 1;
const ALG = 3;

/** Key type values (RFC 9053 §7, RFC 8230 §4). */
const KTY_OKP = 1;
const KTY_EC2 = 2;
const KTY_RSA = 3;

/** Curve identifiers (RFC 9053 §7.1). */
const CRV_P256 = 1;
const CRV_ED25519 = 6;

/** JWK members are base64url strings; COSE wants the raw big-endian bytes. */
function raw(member: string | undefined): Bytes {
  return new Uint8Array(Buffer.from(member as string, 'base64url'));
}

/**
 * Key-type specific parameters, in CTAP2 canonical CBOR order (1, 3, -1, -2, -3):
 * relying parties do not require canonical order, but real authenticators use
 * it, so byte-for-byte comparisons with real responses stay meaningful.
 *
 * - EC2 (RFC 9053 §7.1.1): crv (-1), x (-2), y (-3). JWK x/y are already the
 *   fixed-length 32-byte coordinates, which is what WebAuthn §6.5.1.1 expects
 *   (uncompressed point, no leading 0x04).
 * - OKP (RFC 9053 §7.2): crv (-1), x (-2) holds the 32-byte Ed25519 public key.
 * - RSA (RFC 8230 §4): n (-1), e (-2), both unsigned big-endian integers.
 */
const PARAMETERS: Record<CoseAlgorithm, (jwk: JsonWebKey) => Array<[number, Cbor]>> = {
  [-7]: (jwk) => [
    [KTY, KTY_EC2],
    [ALG, -7],
    [-1, CRV_P256],
    [-2, raw(jwk.x)],
    [-3, raw(jwk.y)],
  ],
  [-8]: (jwk) => [
    [KTY, KTY_OKP],
    [ALG, -8],
    [-1, CRV_ED25519],
    [-2, raw(jwk.x)],
  ],
  [-257]: (jwk) => [
    [KTY, KTY_RSA],
    [ALG, -257],
    [-1, raw(jwk.n)],
    [-2, raw(jwk.e)],
  ],
};

/**
 * Encode a public key as the CBOR COSE_Key that goes into the attested
 * credential data (WebAuthn §6.5.1) and that relying parties store.
 *
 * The `alg` member is mandatory in WebAuthn (§6.5.1: "MUST contain the alg
 * parameter") even though COSE makes it optional; verifiers use it to pick the
 * signature algorithm. The COSE structure must be a CBOR map with integer
 * labels, hence a JS `Map` (isoCBOR cannot encode plain objects).
 */
export function coseKey(publicKey: KeyObject, alg: CoseAlgorithm): Bytes {
  const jwk = publicKey.export({ format: 'jwk' });
  return encodeCbor(new Map<number, Cbor>(PARAMETERS[alg](jwk)));
}
