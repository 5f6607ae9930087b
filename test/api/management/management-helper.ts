import type { Test } from 'tap';
import { DEFAULT_CLIENT, isError, type Harness } from '../../helper.js';

/** SSOJet's example ids, which the default client's seeded records carry (CONTRACT-API.md §6). */
export const IDS = {
  account: '668e7e5946b448ab754b44a5',
  connection: '668e7e5946b448ab754b44a6',
  owner: '668e7e5946b448ab754b44ab',
  admin: '668e7e5946b448ab754b44ac',
  developer: '668e7e5a46b448ab754b44ad',
  teamView: '668e7e5946b448ab754b44a8',
  teamManage: '668e7e5946b448ab754b44a9',
  manageSso: '668e7e5946b448ab754b44aa',
};

type Body = Record<string, unknown> | unknown[];

/**
 * The management API of one client through HTTP (every answer checked against openapi.yaml by
 * `h.call`): `m.get('/api/v1/users')` adds `client_id` (and the secret, when given).
 */
export function management(h: Harness, clientId = DEFAULT_CLIENT, headers: Record<string, string> = {}) {
  const url = (path: string) => `${path}${path.includes('?') ? '&' : '?'}client_id=${clientId}`;
  const send = (method: 'GET' | 'POST' | 'PUT' | 'DELETE') => (path: string, payload?: Body) =>
    h.call({ method, url: url(path), headers, ...(payload === undefined ? {} : { payload }) });
  return { get: send('GET'), post: send('POST'), put: send('PUT'), del: send('DELETE') };
}

/**
 * Asserts that `request` is refused with the given error in SSOJet's envelope and that the whole
 * exported state (records, seeded stream, clock) is byte-identical before and after.
 */
export async function refusedUnchanged(t: Test, h: Harness, request: () => Promise<{ status: number; body: any }>, status: number, error: string, description: RegExp) {
  const before = JSON.stringify(await h.state());
  const res = await request();
  isError(t, res, status, error, description);
  t.equal(JSON.stringify(await h.state()), before, `the refused ${error} left the state unchanged`);
  return res;
}
