import { createUser, requireClient } from '../services/users.js';
import { ok, type Handler } from './handler.js';

export const sandboxCreateUser: Handler = async (input, { svc }) => {
  const body = input.body as { client_id: string; email: string };
  const client = await requireClient(svc, body.client_id);
  return ok(await createUser(svc, client, body.email), 201);
};
