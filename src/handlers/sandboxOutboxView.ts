import { outboxPage } from '../sandbox/outbox-page.js';
import { outboxFilter } from '../services/outbox/outbox-filter.js';
import type { Handler } from './handler.js';

export const sandboxOutboxView: Handler<'sandboxOutboxView'> = async (input, { svc }) => ({
  status: 200,
  body: outboxPage(svc.outbox.list(outboxFilter(input.query))),
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
});
