import { ok, type Handler } from './handler.js';

export const sandboxGetState: Handler = async (_input, { runtime }) => ok(await runtime.exportState());
