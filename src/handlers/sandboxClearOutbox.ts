import { ok, type Handler } from './handler.js';

export const sandboxClearOutbox: Handler<'sandboxClearOutbox'> = async (_input, { svc }) => ok({ cleared: svc.outbox.clear() });
