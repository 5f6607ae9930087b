import type { Handler } from './handler.js';
import { oidcAuthorize } from './oidcAuthorize.js';

/** The same operation under another path (an alias): one handler. */
export const oauthAuthorize: Handler = oidcAuthorize;
