import { ok, type Handler } from './handler.js';

export const sandboxClearFaults: Handler<'sandboxClearFaults'> = async (_input, { runtime }) => ok({ cleared: runtime.faults.clear() });
