import { ok, type Handler } from './handler.js';

export const sandboxListFaults: Handler<'sandboxListFaults'> = async (_input, { runtime }) => ok(runtime.faults.list());
