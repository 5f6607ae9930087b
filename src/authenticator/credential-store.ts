import type { StoredCredential } from './types.js';

/** The part of a PublicKeyCredentialDescriptorJSON the store looks at. */
interface Descriptor {
  id: string;
}

/**
 * The credentials held by one authenticator, keyed by base64url credential id.
 *
 * A `Map` keeps insertion order, which is creation order (also after a
 * `fromJSON` restore, which re-adds in snapshot order); "most recently
 * created" discovery relies on that.
 */
export class CredentialStore {
  readonly #byId = new Map<string, StoredCredential>();

  /** Hold a new credential. */
  add(credential: StoredCredential): void {
    this.#byId.set(credential.id, { ...credential });
  }

  /** The live (mutable) record of a credential, if held. */
  get(id: string): StoredCredential | undefined {
    return this.#byId.get(id);
  }

  /** Copies of all held credentials, in creation order. */
  list(): StoredCredential[] {
    return [...this.#byId.values()].map((credential) => ({ ...credential }));
  }

  /**
   * The first held credential scoped to `rpId` that appears in `descriptors`.
   * Used for excludeCredentials (WebAuthn §6.3.2 step 3), where a match means
   * "this authenticator is already registered", and for allowCredentials.
   */
  findListed(rpId: string, descriptors: readonly Descriptor[] = []): StoredCredential | undefined {
    for (const { id } of descriptors) {
      const credential = this.#byId.get(id);
      if (credential?.rpId === rpId) return credential;
    }
    return undefined;
  }

  /**
   * Pick the credential for an assertion (WebAuthn §6.3.3 steps 3–7).
   *
   * - An explicit `credentialId` wins if it is held for `rpId`. It is
   *   deliberately not checked against allowCredentials, so tests can make a
   *   client present a credential the relying party did not ask for.
   * - Otherwise a non-empty allowCredentials list restricts the choice to the
   *   first listed credential held.
   * - Otherwise (discoverable-credential flow) the most recently created
   *   credential for `rpId` is used, the one a user would most likely pick.
   */
  select(
    rpId: string,
    allowCredentials: readonly Descriptor[] | undefined,
    credentialId: string | undefined,
  ): StoredCredential | undefined {
    if (credentialId !== undefined) {
      const credential = this.#byId.get(credentialId);
      return credential?.rpId === rpId ? credential : undefined;
    }
    if (allowCredentials && allowCredentials.length > 0) {
      return this.findListed(rpId, allowCredentials);
    }
    let latest: StoredCredential | undefined;
    for (const credential of this.#byId.values()) {
      if (credential.rpId === rpId) latest = credential;
    }
    return latest;
  }
}
