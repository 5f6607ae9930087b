import type { SandboxState } from '../store/types.js';
import { ok, type Handler } from './handler.js';

export const sandboxPutState: Handler = async (input, { runtime }) => ok(await runtime.importState(input.body as SandboxState));
