import type { OutboxFilter } from './outbox-message.js';

/** The filter a query string names: only the keys present, so an absent one matches anything. */
export function outboxFilter(query: Partial<Record<keyof OutboxFilter, string>>): OutboxFilter {
  const filter: OutboxFilter = {};
  for (const key of ['client_id', 'to', 'kind', 'state', 'after'] as const) {
    if (query[key] !== undefined) filter[key] = query[key];
  }
  return filter;
}
