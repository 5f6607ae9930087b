import { SandboxError } from '../errors.js';
import { instantFits, parseInstant } from '../lib/instant.js';
import { ok, type Handler } from './handler.js';

/** Exactly one of `now` (pin), `advance_ms` (advance and pin) or `pinned: false` (release); the spec enforces it. */
export const sandboxSetClock: Handler = async (input, { svc }) => {
  const body = input.body as { now?: string; advance_ms?: number; pinned?: false };
  // Every expiry derived from the clock (challenges, tokens) must still be a printable ISO date.
  const headroom = Math.max(svc.config.tokenTtl * 1000, svc.config.challengeTimeoutMs);
  if (body.now !== undefined) {
    const at = parseInstant(body.now, headroom);
    if (at === null) {
      throw new SandboxError('invalid_request_body', { reason: `body.now ${body.now} is not an instant the sandbox can pin (a leap second, or too close to year 10000 for token and challenge expiries)` });
    }
    svc.clock.pin(at);
  } else if (body.advance_ms !== undefined) {
    if (!instantFits(svc.clock.nowMs() + body.advance_ms, headroom)) {
      throw new SandboxError('invalid_request_body', { reason: `body.advance_ms ${body.advance_ms} would move the clock too close to year 10000 for token and challenge expiries` });
    }
    svc.clock.advance(body.advance_ms);
  } else {
    svc.clock.release();
  }
  return ok({ now: svc.clock.now().toISOString(), pinned: svc.clock.pinned });
};
