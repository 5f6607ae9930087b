import type { FaultInput } from '../sandbox/fault-injector.js';
import { ok, type Handler } from './handler.js';

export const sandboxCreateFault: Handler = async (input, { runtime }) => ok(runtime.faults.add(input.body as FaultInput), 201);
