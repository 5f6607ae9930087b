import { ok, type Handler } from './handler.js';

export const sandboxClearFaults: Handler = async (_input, { runtime }) => ok({ cleared: runtime.faults.clear() });
