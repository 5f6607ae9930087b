import { createHmac, hash } from 'node:crypto';

/**
 * A seeded byte source: SHA-256(seed ‖ counter) blocks. Challenges and ids drawn from it are
 * unpredictable without the seed yet reproducible with it, which is what a sandbox wants
 * (PRODUCT.md, "Deterministic"). `counter` is part of the exported state so a restore
 * continues the same sequence.
 */
export class SeededRandom {
  counter: number;
  private seed: number;

  constructor(seed: number, counter = 0) {
    this.seed = seed;
    this.counter = counter;
  }

  /** The seed in use (reset may change it): deterministic codes derive from it (CONTRACT-API §3). */
  get currentSeed(): number {
    return this.seed;
  }

  reset(seed: number, counter: number): void {
    this.seed = seed;
    this.counter = counter;
  }

  /**
   * The next block. One-shot `hash` rather than `createHash`: several times faster, and no Hash
   * object for the GC to finalize; seeding 100 000 users draws 100 000 ids (issue #5).
   */
  private block(): Buffer {
    return hash('sha256', `ssojet-sandbox:${this.seed}:${this.counter++}`, 'buffer');
  }

  bytes(n: number): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      const block = this.block();
      const take = Math.min(block.length, n - filled);
      out.set(block.subarray(0, take), filled);
      filled += take;
    }
    return out;
  }

  /** A 24-hex id in the shape of SSOJet's (Mongo ObjectId) ids: the first 12 bytes of a block. */
  objectId(): string {
    return this.block().toString('hex', 0, 12);
  }

  /** base64url without padding, as WebAuthn challenges travel. */
  base64url(n: number): string {
    return Buffer.from(this.bytes(n)).toString('base64url');
  }

  /** SSOJet's short client id form: `cli_` + 20 base32hex characters. */
  clientId(): string {
    const alphabet = '0123456789abcdefghijklmnopqrstuv';
    return 'cli_' + Array.from(this.bytes(20), (b) => alphabet[b & 31]).join('');
  }

  /**
   * HMAC-SHA-256 of `message` under K = SHA-256("ssojet-sandbox:codes:" ‖ seed) (CONTRACT-API.md
   * §3): a value fixed by the seed and what it is for, that draws nothing from the stream, so
   * adding one never shifts the seeded ids that follow it.
   */
  keyed(message: string): Buffer {
    const key = hash('sha256', `ssojet-sandbox:codes:${this.seed}`, 'buffer');
    return createHmac('sha256', key).update(message).digest();
  }
}
