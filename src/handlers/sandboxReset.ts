import { ok, type Handler } from './handler.js';

export const sandboxReset: Handler<'sandboxReset'> = async (input, { runtime }) =>
  ok(await runtime.reset(input.body ?? {}));
