import type { HandlerResult } from './handler.js';
import { errorPage } from '../services/oidc/oidc-pages.js';

/**
 * The answers the OIDC handlers share: a 302 with an optional cookie, an HTML page, and the
 * JSON of the token endpoint (no-store, RFC 6749 §5.1).
 */
export const html = (body: string, status = 200, cookie?: string): HandlerResult =>
  ({ status, body, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(cookie ? { 'set-cookie': cookie } : {}) } });

export const redirect = (location: string, cookie?: string): HandlerResult =>
  ({ status: 302, body: undefined, headers: { location, 'cache-control': 'no-store', ...(cookie ? { 'set-cookie': cookie } : {}) } });

export const noStore = (body: unknown): HandlerResult =>
  ({ status: 200, body, headers: { 'cache-control': 'no-store', pragma: 'no-cache' } });

export const htmlError = (title: string, message: string) => html(errorPage(title, message), 400);

/** The form of a token or revoke request, or of a POST userinfo: an object of fields. */
export const formOf = (body: unknown) => (body && typeof body === 'object' ? body as Record<string, string | string[] | undefined> : {});
