import type { FaultInput } from '../sandbox/fault-injector.js';
import { ok, type Handler } from './handler.js';

export const sandboxCreateFault: Handler<'sandboxCreateFault'> = async (input, { runtime }) => ok(runtime.faults.add(input.body), 201);
