import type { Handler } from './handler.js';
import { oidcLogout } from './oidcLogout.js';

/** The same operation under another path (an alias): one handler. */
export const oauthLogout: Handler = oidcLogout;
