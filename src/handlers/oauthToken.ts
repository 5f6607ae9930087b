import type { Handler } from './handler.js';
import { oidcToken } from './oidcToken.js';

/**
 * The same operation under another path (an alias): one handler. The spread lets TypeScript
 * compare the two operations' inputs by shape, which are the same, rather than by operationId.
 */
export const oauthToken: Handler<'oauthToken'> = (input, deps) => oidcToken({ ...input }, deps);
