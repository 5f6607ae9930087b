import { ok, type Handler } from './handler.js';

export const sandboxReset: Handler = async (input, { runtime }) =>
  ok(await runtime.reset((input.body ?? {}) as { scenario?: string; seed?: number }));
