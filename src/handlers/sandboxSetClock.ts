import { ok, type Handler } from './handler.js';

/** Exactly one of `now` (pin), `advance_ms` (advance and pin) or `pinned: false` (release); the spec enforces it. */
export const sandboxSetClock: Handler = async (input, { svc }) => {
  const body = input.body as { now?: string; advance_ms?: number; pinned?: false };
  if (body.now !== undefined) svc.clock.pin(body.now);
  else if (body.advance_ms !== undefined) svc.clock.advance(body.advance_ms);
  else svc.clock.release();
  return ok({ now: svc.clock.now().toISOString(), pinned: svc.clock.pinned });
};
