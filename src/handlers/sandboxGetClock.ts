import { ok, type Handler } from './handler.js';

export const sandboxGetClock: Handler<'sandboxGetClock'> = async (_input, { svc }) =>
  ok({ now: svc.clock.now().toISOString(), pinned: svc.clock.pinned });
