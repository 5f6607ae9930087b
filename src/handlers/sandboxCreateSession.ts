import { createSession } from '../services/users.js';
import { ok, type Handler } from './handler.js';

export const sandboxCreateSession: Handler<'sandboxCreateSession'> = async (input, { svc }) =>
  ok(await createSession(svc, input.body));
