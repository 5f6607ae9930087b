import { ok, type Handler } from './handler.js';

export const sandboxGetState: Handler<'sandboxGetState'> = async (_input, { runtime }) => ok(await runtime.exportState());
