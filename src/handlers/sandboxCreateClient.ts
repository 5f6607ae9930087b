import { createClient, type ClientInput } from '../services/clients.js';
import { ok, type Handler } from './handler.js';

export const sandboxCreateClient: Handler = async (input, { svc }) =>
  ok(await createClient(svc, (input.body ?? {}) as ClientInput), 201);
