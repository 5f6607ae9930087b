import type { Handler } from './handler.js';
import { oidcToken } from './oidcToken.js';

/** The same operation under another path (an alias): one handler. */
export const oauthToken: Handler = oidcToken;
