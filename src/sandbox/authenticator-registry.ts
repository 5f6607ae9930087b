import { VirtualAuthenticator, type CoseAlgorithm, type VirtualAuthenticatorState } from '../authenticator/index.js';
import { SandboxError } from '../errors.js';
import type { SeededRandom } from '../lib/random.js';

export interface AuthenticatorInput {
  alg?: CoseAlgorithm;
  uv?: boolean;
  up?: boolean;
  backup_eligible?: boolean;
  backup_state?: boolean;
  aaguid?: string;
  sign_count?: number;
  transports?: string[];
}

export interface StoredAuthenticator extends VirtualAuthenticatorState {
  authenticator_id: string;
}

/**
 * The virtual authenticators the sandbox holds for HTTP callers (POST /__sandbox/authenticators).
 * Their credential ids and EC/Ed25519 keys come from the seeded random source, so a seeded run
 * makes the same credentials; they are part of the exported state, keys included.
 */
export class AuthenticatorRegistry {
  private items = new Map<string, VirtualAuthenticator>();

  constructor(private readonly random: SeededRandom) {}

  create(input: AuthenticatorInput = {}): { id: string; authenticator: VirtualAuthenticator } {
    const id = `auth_${this.random.objectId()}`;
    const authenticator = new VirtualAuthenticator({
      alg: input.alg, uv: input.uv, up: input.up, backupEligible: input.backup_eligible, backupState: input.backup_state,
      aaguid: input.aaguid, signCount: input.sign_count, transports: input.transports,
      randomBytes: (n) => this.random.bytes(n),
    });
    this.items.set(id, authenticator);
    return { id, authenticator };
  }

  get(id: string): VirtualAuthenticator {
    const authenticator = this.items.get(id);
    if (!authenticator) {
      throw new SandboxError('authenticator_not_found', { authenticator_id: id });
    }
    return authenticator;
  }

  describe(id: string) {
    const a = this.get(id);
    const o = a.options;
    return {
      authenticator_id: id, alg: o.alg, uv: o.uv, up: o.up, backup_eligible: o.backupEligible, backup_state: o.backupState,
      aaguid: o.aaguid, sign_count: o.signCount, transports: [...o.transports], credentials: a.credentials().length,
    };
  }

  list() {
    return [...this.items.keys()].map((id) => this.describe(id));
  }

  exportAll(): StoredAuthenticator[] {
    return [...this.items.entries()].map(([id, a]) => ({ authenticator_id: id, ...a.toJSON() }));
  }

  /** Replaces every authenticator; restored ones keep drawing ids and keys from the seeded source. */
  importAll(list: StoredAuthenticator[]): void {
    this.items.clear();
    for (const { authenticator_id, ...state } of list) {
      this.items.set(authenticator_id, VirtualAuthenticator.fromJSON(state, (n) => this.random.bytes(n)));
    }
  }

  clear(): void {
    this.items.clear();
  }
}
