import { createSession } from '../services/users.js';
import { ok, type Handler } from './handler.js';

export const sandboxCreateSession: Handler = async (input, { svc }) =>
  ok(await createSession(svc, input.body as { client_id: string; user_id?: string; identifier?: string }));
