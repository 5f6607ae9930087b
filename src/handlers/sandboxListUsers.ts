import { requireClient } from '../services/users.js';
import { ok, type Handler } from './handler.js';

export const sandboxListUsers: Handler<'sandboxListUsers'> = async (input, { svc }) => {
  const client = await requireClient(svc, input.query.client_id);
  return ok(await svc.store.listUsers(client.client_id));
};
