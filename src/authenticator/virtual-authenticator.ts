import { createHash } from 'node:crypto';
import type {
  AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers';
import { authenticatorData, type AttestedCredential } from './authenticator-data.js';
import { resolveOptions } from './authenticator-options.js';
import { clientDataJSON, effectiveRpId } from './client-data.js';
import { CredentialKey } from './credential-key.js';
import { CredentialStore } from './credential-store.js';
import type {
  Bytes, Cbor, CreateOptions, GetOptions, ResolvedAuthenticatorOptions, StoredCredential,
  VirtualAuthenticatorOptions, VirtualAuthenticatorState,
} from './types.js';

/** WebAuthn recommends at least 16 bytes of entropy; platform authenticators use 32. */
const CREDENTIAL_ID_LENGTH = 32;

const b64 = (bytes: Bytes): string => isoBase64URL.fromBuffer(bytes);

/**
 * A software passkey: acts as both the client (browser) and the authenticator
 * of WebAuthn ceremonies, turning the JSON options a relying party sends into
 * genuinely signed responses, so passkey flows can be exercised without a browser.
 *
 * It always returns "none" attestation (§8.7) and no extensions.
 */
export class VirtualAuthenticator {
  /** The effective options (defaults applied, see `DEFAULT_OPTIONS`); frozen. */
  readonly options: ResolvedAuthenticatorOptions;
  readonly #randomBytes: (n: number) => Uint8Array;
  readonly #seededKeys: boolean;
  readonly #aaguid: Bytes;
  readonly #store = new CredentialStore();

  constructor(options?: VirtualAuthenticatorOptions) {
    const settings = resolveOptions(options);
    this.options = settings.options;
    this.#randomBytes = settings.randomBytes;
    this.#seededKeys = options?.randomBytes !== undefined;
    this.#aaguid = settings.aaguid;
  }

  /** navigator.credentials.create() followed by authenticatorMakeCredential (§5.1.3, §6.3.2). */
  createCredential(publicKey: PublicKeyCredentialCreationOptionsJSON, opts: CreateOptions): RegistrationResponseJSON {
    const { alg } = this.options;
    const offered = publicKey.pubKeyCredParams.map((param) => param.alg);
    if (!offered.includes(alg)) {
      const list = offered.join(', ');
      throw new Error(`NotSupportedError: none of the offered algorithms (${list}) is supported; this authenticator uses ${alg}`);
    }
    const rpId = effectiveRpId(publicKey.rp.id, opts.origin);
    const excluded = this.#store.findListed(rpId, publicKey.excludeCredentials);
    if (excluded) {
      throw new Error(`InvalidStateError: credential ${excluded.id} for rpId ${rpId} is listed in excludeCredentials`);
    }

    const idLength = opts.credentialIdLength ?? CREDENTIAL_ID_LENGTH;
    if (!Number.isInteger(idLength) || idLength < 1 || idLength > 0xffff) {
      throw new RangeError(`credentialIdLength must be an integer from 1 to 65535 (its authenticator data field is 16 bits), got ${idLength}`);
    }
    const rawId = new Uint8Array(this.#randomBytes(idLength));
    // Keys come from the same byte source as ids only when the caller injected one (seeded).
    const key = CredentialKey.generate(alg, this.#seededKeys ? new Uint8Array(this.#randomBytes(32)) : undefined);
    const publicKeyCose = key.cose();
    const credential: StoredCredential = {
      id: b64(rawId), rpId, userHandle: publicKey.user.id, alg, signCount: this.options.signCount,
      privateKeyPkcs8: key.pkcs8(), publicKeyCose: b64(publicKeyCose),
    };
    const authData = this.#authData(opts, opts.rpId ?? rpId, credential.signCount, {
      aaguid: this.#aaguid, credentialId: rawId, publicKeyCose,
    });
    // §6.5.4: the attestation object is a CBOR map; "none" has an empty attStmt.
    const attestationObject = isoCBOR.encode(new Map<string, Cbor>([
      ['fmt', 'none'], ['attStmt', new Map()], ['authData', authData],
    ]));
    const clientData = clientDataJSON({
      type: opts.type ?? 'webauthn.create', challenge: opts.challenge ?? publicKey.challenge,
      origin: opts.origin, crossOrigin: opts.crossOrigin, topOrigin: opts.topOrigin,
    });
    this.#store.add(credential);
    return {
      id: credential.id, rawId: credential.id, type: 'public-key',
      response: {
        clientDataJSON: b64(clientData), attestationObject: b64(attestationObject),
        authenticatorData: b64(authData), transports: [...this.options.transports],
        publicKeyAlgorithm: alg, publicKey: b64(key.spki()),
      },
      clientExtensionResults: {}, authenticatorAttachment: 'platform',
    };
  }

  /** navigator.credentials.get() followed by authenticatorGetAssertion (§5.1.4, §6.3.3). */
  getAssertion(publicKey: PublicKeyCredentialRequestOptionsJSON, opts: GetOptions): AuthenticationResponseJSON {
    const rpId = effectiveRpId(publicKey.rpId, opts.origin);
    const credential = this.#store.select(rpId, publicKey.allowCredentials, opts.credentialId);
    if (!credential) {
      const listed = (publicKey.allowCredentials ?? []).map((descriptor) => descriptor.id);
      const wanted = opts.credentialId ?? (listed.join(', ') || 'any discoverable credential');
      throw new Error(`NotAllowedError: no credential for rpId ${rpId} matches (wanted: ${wanted})`);
    }
    // §6.3.3 step 9: the counter is incremented before it is signed over. It is stored only once
    // the assertion is made, and a counter at the top of its 32-bit range refuses cleanly.
    const next = credential.signCount + 1;
    if (next > 0xffffffff) {
      throw new Error(`NotAllowedError: the signature counter of credential ${credential.id} is exhausted (${credential.signCount} is the largest 32-bit value)`);
    }
    const authData = this.#authData(opts, opts.rpId ?? rpId, next);
    const clientData = clientDataJSON({
      type: opts.type ?? 'webauthn.get', challenge: opts.challenge ?? publicKey.challenge,
      origin: opts.origin, crossOrigin: opts.crossOrigin ?? false, topOrigin: opts.topOrigin,
    });
    // §6.3.3 step 11: the signature covers authenticatorData ‖ SHA-256(clientDataJSON).
    const clientDataHash = createHash('sha256').update(clientData).digest();
    const signature = CredentialKey.fromPkcs8(credential.alg, credential.privateKeyPkcs8)
      .sign(Buffer.concat([authData, clientDataHash]));
    credential.signCount = next;
    return {
      id: credential.id, rawId: credential.id, type: 'public-key',
      response: {
        clientDataJSON: b64(clientData), authenticatorData: b64(authData),
        signature: b64(signature), userHandle: credential.userHandle,
      },
      clientExtensionResults: {}, authenticatorAttachment: 'platform',
    };
  }

  /** Copies of the held credentials, in creation order. */
  credentials(): StoredCredential[] {
    return this.#store.list();
  }

  /** Overwrite a credential's counter, e.g. to simulate a cloned authenticator (§6.1.1). */
  setSignCount(credentialId: string, n: number): void {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
      throw new RangeError(`signCount must be an unsigned 32-bit integer, got ${n}`);
    }
    const credential = this.#store.get(credentialId);
    if (!credential) throw new Error(`NotFoundError: no credential ${credentialId}`);
    credential.signCount = n;
  }

  /** A JSON-safe snapshot; `randomBytes` is not part of it (restored instances use node:crypto). */
  toJSON(): VirtualAuthenticatorState {
    return { options: { ...this.options, transports: [...this.options.transports] }, credentials: this.credentials() };
  }

  /** Rebuild an authenticator from a `toJSON()` snapshot (optionally with a byte source for new ids and keys). */
  static fromJSON(json: VirtualAuthenticatorState, randomBytes?: (n: number) => Uint8Array): VirtualAuthenticator {
    const authenticator = new VirtualAuthenticator({ ...json.options, randomBytes });
    for (const credential of json.credentials) authenticator.#store.add(credential);
    return authenticator;
  }

  /** Authenticator data with this authenticator's flags (§6.1), UP/UV overridable per call. */
  #authData(opts: CreateOptions, rpId: string, signCount: number, attestedCredential?: AttestedCredential): Bytes {
    const { backupEligible, backupState } = this.options;
    const up = opts.up ?? this.options.up;
    const uv = opts.uv ?? this.options.uv;
    return authenticatorData({ rpId, up, uv, backupEligible, backupState, signCount, attestedCredential });
  }
}
