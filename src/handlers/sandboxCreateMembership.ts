import { addMembership } from '../services/management/user-organizations.js';
import { requireClient } from '../services/users.js';
import { ok, type Handler } from './handler.js';

export const sandboxCreateMembership: Handler = async (input, { svc }) => {
  const body = input.body as { client_id: string; user_id: string; organization_id: string };
  const client = await requireClient(svc, body.client_id);
  return ok(await addMembership(svc, client, body.user_id, body.organization_id), 201);
};
