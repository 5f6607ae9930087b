import { ok, type Handler } from './handler.js';

export const sandboxHealth: Handler = async () => ok({ status: 'ok' });
