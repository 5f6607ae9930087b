import type { HandlerResult } from './handler.js';
import { errorPage } from '../services/oidc/oidc-pages.js';

const htmlHeaders = (cookie?: string) => ({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(cookie ? { 'set-cookie': cookie } : {}) });

/**
 * The answers the OIDC handlers share: a 302 with an optional cookie, an HTML page (200, or a
 * 400 that explains its refusal in the journal), and the JSON of the token endpoint (no-store,
 * RFC 6749 §5.1).
 */
export const html = (body: string, cookie?: string): HandlerResult<string, 200> => ({ status: 200, body, headers: htmlHeaders(cookie) });

export const refusalPage = (body: string, explanation: string): HandlerResult<string, 400> & { explanation: string } =>
  ({ status: 400, body, headers: htmlHeaders(), explanation });

export const redirect = (location: string, cookie?: string): HandlerResult<undefined, 302> =>
  ({ status: 302, body: undefined, headers: { location, 'cache-control': 'no-store', ...(cookie ? { 'set-cookie': cookie } : {}) } });

export const noStore = <B>(body: B): HandlerResult<B, 200> =>
  ({ status: 200, body, headers: { 'cache-control': 'no-store', pragma: 'no-cache' } });

/** The string parameters of a query (`other`, the spec's catch-all for a client's own extensions, is not one). */
export const stringParams = (query: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

export const htmlError = (title: string, message: string) => refusalPage(errorPage(title, message), message);
