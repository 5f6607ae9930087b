import type { Handler } from './handler.js';
import { oidcUserinfo } from './oidcUserinfo.js';

/**
 * The same operation under another path (an alias): one handler. The spread lets TypeScript
 * compare the two operations' inputs by shape, which are the same, rather than by operationId.
 */
export const oauthUserinfoPost: Handler<'oauthUserinfoPost'> = (input, deps) => oidcUserinfo({ ...input }, deps);
