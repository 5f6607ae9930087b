import type { isoCBOR } from '@simplewebauthn/server/helpers';

/**
 * Public types of the virtual authenticator.
 *
 * They live in their own module so that the small building blocks (COSE keys,
 * authenticator data, the credential store) can share them without importing
 * the `VirtualAuthenticator` class and creating import cycles.
 */

/**
 * The COSE algorithm identifiers this authenticator can create credentials for
 * (IANA "COSE Algorithms" registry): ES256 (-7), EdDSA over Ed25519 (-8) and
 * RS256 (-257). These are exactly the ones `@simplewebauthn/server` offers by
 * default, so every default registration ceremony can be completed.
 */
export type CoseAlgorithm = -7 | -8 | -257;

/** How the authenticator behaves; every field has a default (see the class). */
export interface VirtualAuthenticatorOptions {
  /** Algorithm of newly created credentials; default -7 (ES256). */
  alg?: CoseAlgorithm;
  /** Sets the UV (user verified) flag; default true. */
  uv?: boolean;
  /** Sets the UP (user present) flag; default true. */
  up?: boolean;
  /** Sets the BE (backup eligible) flag; default false. */
  backupEligible?: boolean;
  /**
   * Sets the BS (backup state) flag; default false. Note that BS without BE is
   * invalid (WebAuthn §6.1.3) and relying parties reject it, which is useful
   * for negative tests.
   */
  backupState?: boolean;
  /** AAGUID written into attested credential data; default all zeroes. */
  aaguid?: string;
  /** Initial signature counter of new credentials; default 0 (no counter). */
  signCount?: number;
  /** Transports reported in registration responses; default ['internal']. */
  transports?: string[];
  /** Source of credential ids (default node:crypto), for deterministic tests. */
  randomBytes?: (n: number) => Uint8Array;
}

/** The options after defaults are applied; this is what gets serialized. */
export type ResolvedAuthenticatorOptions = Required<Omit<VirtualAuthenticatorOptions, 'randomBytes'>>;

/**
 * What the (simulated) client contributes to a registration ceremony, plus
 * overrides that let tests forge otherwise impossible responses.
 */
export interface CreateOptions {
  /** Put into clientDataJSON.origin. */
  origin: string;
  /** If set, put into clientDataJSON.crossOrigin. */
  crossOrigin?: boolean;
  /** If set, put into clientDataJSON.topOrigin. */
  topOrigin?: string;
  /** Override only the RP ID hashed into authData (the credential stays scoped to the real one). */
  rpId?: string;
  /** Override clientDataJSON.type (default 'webauthn.create' / 'webauthn.get'). */
  type?: string;
  /** Override the challenge put into clientDataJSON. */
  challenge?: string;
  /** Override the authenticator's UV flag for this call only. */
  uv?: boolean;
  /** Override the authenticator's UP flag for this call only. */
  up?: boolean;
  /**
   * Length in bytes of a new credential's id (registration only; default 32). WebAuthn caps it
   * at 1023 bytes (§6.1, §7.1), so a longer one makes a negative test.
   */
  credentialIdLength?: number;
}

/** Options of an authentication ceremony. */
export interface GetOptions extends CreateOptions {
  /**
   * Credential to use (base64url). Default: the first held credential listed in
   * allowCredentials, else the most recently created one for the RP ID.
   */
  credentialId?: string;
}

/** A credential as held by the authenticator; all binary fields are base64url. */
export interface StoredCredential {
  id: string;
  rpId: string;
  /** base64url, copied from publicKey.user.id. */
  userHandle: string;
  alg: CoseAlgorithm;
  signCount: number;
  /** PKCS#8 DER of the private key. */
  privateKeyPkcs8: string;
  /** COSE_Key of the public key, as it appears in the attested credential data. */
  publicKeyCose: string;
}

/** A serializable snapshot of an authenticator (see `toJSON`/`fromJSON`). */
export interface VirtualAuthenticatorState {
  options: ResolvedAuthenticatorOptions;
  credentials: StoredCredential[];
}

/** Bytes backed by a plain ArrayBuffer, which is what @simplewebauthn v14 accepts. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** A value isoCBOR can encode (tiny-cbor's CBORType, which is not re-exported). */
export type Cbor = Parameters<typeof isoCBOR.encode>[0];
