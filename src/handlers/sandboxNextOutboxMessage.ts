import { SandboxError } from '../errors.js';
import { outboxFilter } from '../services/outbox/outbox-filter.js';
import { ok, type Handler } from './handler.js';

/**
 * GET /__sandbox/outbox/next: a long poll settled by the delivery itself. A timeout is a 404,
 * not a 408, because some HTTP clients retry a 408 on their own (CONTRACT-API §2).
 */
export const sandboxNextOutboxMessage: Handler<'sandboxNextOutboxMessage'> = async (input, { svc }) => {
  const filter = outboxFilter(input.query);
  const timeoutMs = input.query.timeout_ms ?? 5000;
  const message = await svc.outbox.next(filter, { timeoutMs });
  if (message) return ok(message);
  const awaited = Object.entries(filter).map(([k, v]) => `${k}=${v}`).join(', ') || 'any message';
  throw new SandboxError('outbox_timeout', { awaited, timeout_ms: timeoutMs });
};
