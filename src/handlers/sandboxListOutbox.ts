import { outboxFilter } from '../services/outbox/outbox-filter.js';
import { ok, type Handler } from './handler.js';

/** GET /__sandbox/outbox: the messages "sent", oldest first (the spec has checked and coerced limit as an integer). */
export const sandboxListOutbox: Handler<'sandboxListOutbox'> = async (input, { svc }) =>
  ok(svc.outbox.list(outboxFilter(input.query), input.query.limit));
