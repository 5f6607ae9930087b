import { ok, type Handler } from './handler.js';

/** GET /__sandbox/oidc/login?client_id: the logins still queued, oldest first. */
export const sandboxListOidcLogins: Handler<'sandboxListOidcLogins'> = async (input, { svc }) => {
  const ids = input.query.client_id ? [input.query.client_id] : (await svc.store.listClients()).map((c) => c.client_id);
  const lists = await Promise.all(ids.map((id) => svc.store.listRecords('oidc_logins', id)));
  return ok(lists.flat());
};
