import { createUser, requireClient } from '../services/users.js';
import { ok, type Handler } from './handler.js';

export const sandboxCreateUser: Handler<'sandboxCreateUser'> = async (input, { svc }) => {
  const { body } = input;
  const client = await requireClient(svc, body.client_id);
  return ok(await createUser(svc, client, body.email), 201);
};
