import { ok, type Handler } from './handler.js';

export const sandboxHealth: Handler<'sandboxHealth'> = async () => ok({ status: 'ok' });
