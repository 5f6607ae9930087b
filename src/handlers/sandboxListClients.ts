import { ok, type Handler } from './handler.js';

export const sandboxListClients: Handler<'sandboxListClients'> = async (_input, { svc }) => ok(await svc.store.listClients());
