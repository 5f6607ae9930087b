/**
 * The sandbox clock. Every time the sandbox reads (challenge expiry, token iat/exp, credential
 * timestamps) comes from here, so a test can pin or advance it.
 */
export class Clock {
  private pinnedAt: number | null;

  constructor(pinned: string | number | null = null) {
    this.pinnedAt = pinned === null ? null : new Date(pinned).getTime();
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return this.pinnedAt ?? Date.now();
  }

  get pinned(): boolean {
    return this.pinnedAt !== null;
  }

  pin(at: string | number | Date): void {
    const t = new Date(at).getTime();
    if (Number.isNaN(t)) throw new RangeError(`cannot pin the clock at ${String(at)}: not a date`);
    this.pinnedAt = t;
  }

  /** Advancing pins the clock first, so the result is exact. */
  advance(ms: number): void {
    this.pinnedAt = this.nowMs() + ms;
  }

  release(): void {
    this.pinnedAt = null;
  }

  toJSON(): { pinned: boolean; now?: string } {
    return this.pinnedAt === null ? { pinned: false } : { pinned: true, now: new Date(this.pinnedAt).toISOString() };
  }
}
