import type { Handler } from './handler.js';
import { getJwks } from './getJwks.js';

/**
 * The same operation under another path (an alias): one handler. The spread lets TypeScript
 * compare the two operations' inputs by shape, which are the same, rather than by operationId.
 */
export const oidcJwks: Handler<'oidcJwks'> = (input, deps) => getJwks({ ...input }, deps);
