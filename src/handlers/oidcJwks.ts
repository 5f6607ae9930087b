import type { Handler } from './handler.js';
import { getJwks } from './getJwks.js';

/** The same operation under another path (an alias): one handler. */
export const oidcJwks: Handler = getJwks;
