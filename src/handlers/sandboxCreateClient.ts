import { createClient, type ClientInput } from '../services/clients.js';
import { ok, type Handler } from './handler.js';

export const sandboxCreateClient: Handler<'sandboxCreateClient'> = async (input, { svc }) =>
  ok(await createClient(svc, input.body ?? {}), 201);
