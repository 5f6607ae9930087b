import type { Handler } from './handler.js';
import { oidcUserinfo } from './oidcUserinfo.js';

/** The same operation under another path (an alias): one handler. */
export const oauthUserinfoPost: Handler = oidcUserinfo;
