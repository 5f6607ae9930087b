import { ok, type Handler } from './handler.js';

export const sandboxPutState: Handler<'sandboxPutState'> = async (input, { runtime }) => ok(await runtime.importState(input.body));
