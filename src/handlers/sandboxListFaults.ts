import { ok, type Handler } from './handler.js';

export const sandboxListFaults: Handler = async (_input, { runtime }) => ok(runtime.faults.list());
