import { SandboxError } from '../errors.js';
import type { Clock } from '../lib/clock.js';

export interface AttemptLimits {
  /** Failed passkey sign-ins allowed per identifier (per client) in one window. */
  perIdentifier: number;
  /** Failed passkey sign-ins allowed per client IP address in one window. */
  perIp: number;
  windowMs: number;
}

/** Who is attempting: the identifier (scoped by client) and the caller's IP address. */
export interface Attempter {
  clientId: string;
  identifier: string;
  ip: string;
}

interface Window {
  count: number;
  /** Epoch ms at which this window ends and the count starts again from zero. */
  endsAt: number;
}

/**
 * Brute-force protection for passkey sign-in, in the spirit of SSOJet's attack protection:
 * only failed verifications count (a malformed request is not an attempt), per identifier and
 * per IP, in fixed windows that start at the first failure. While a key is over its limit both
 * Initiate and Finish answer 429 with Retry-After, before anything is read or consumed.
 *
 * Hand-written rather than @fastify/rate-limit: that plugin counts every request in a route
 * hook, whereas the contract counts verification outcomes that only the service knows, and
 * windows here follow the sandbox clock (pin/advance it to test lock-outs without waiting).
 */
export class AttemptLimiter {
  private windows = new Map<string, Window>();

  constructor(private readonly clock: Clock, private readonly limits: AttemptLimits | null) {}

  get enabled(): boolean {
    return this.limits !== null;
  }

  /** Throws 429 `too_many_attempts` when the identifier or the IP has used up its failures. */
  check(who: Attempter): void {
    if (!this.limits) return;
    const now = this.clock.now().getTime();
    for (const [key, max, what] of this.keys(who, this.limits)) {
      const window = this.live(key, now);
      if (window && window.count >= max) {
        const retryAfter = Math.max(1, Math.ceil((window.endsAt - now) / 1000));
        throw new SandboxError(
          'too_many_attempts',
          { who: what, count: window.count, max, minutes: this.limits.windowMs / 60000, retry_after: retryAfter },
          {
            explanation: `${what} reached ${window.count} failed passkey sign-ins in the current ${this.limits.windowMs} ms window (limit ${max}); refused until ${new Date(window.endsAt).toISOString()}`,
            headers: { 'retry-after': String(retryAfter) },
          },
        );
      }
    }
  }

  /** Counts one failed verification against the identifier and the IP. */
  recordFailure(who: Attempter): void {
    if (!this.limits) return;
    const now = this.clock.now().getTime();
    if (this.windows.size > 100_000) this.sweep(now);
    for (const [key] of this.keys(who, this.limits)) {
      const window = this.live(key, now) ?? { count: 0, endsAt: now + this.limits.windowMs };
      window.count++;
      this.windows.set(key, window);
    }
  }

  clear(): void {
    this.windows.clear();
  }

  private keys(who: Attempter, limits: AttemptLimits): [string, number, string][] {
    return [
      [`id\u0000${who.clientId}\u0000${who.identifier.toLowerCase()}`, limits.perIdentifier, `identifier ${who.identifier}`],
      [`ip\u0000${who.ip}`, limits.perIp, `IP address ${who.ip}`],
    ];
  }

  private live(key: string, now: number): Window | undefined {
    const window = this.windows.get(key);
    if (window && window.endsAt <= now) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
