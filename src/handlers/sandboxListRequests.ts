import { SandboxError } from '../errors.js';
import { parseInstant } from '../lib/instant.js';
import type { JournalFilter } from '../sandbox/journal.js';
import { ok, type Handler } from './handler.js';

/** Query values arrive as strings; the spec has already checked that status and limit are integers. */
export const sandboxListRequests: Handler = async (input, { runtime }) => {
  const q = input.query;
  if (q.since !== undefined && parseInstant(q.since) === null) {
    throw new SandboxError('invalid_query_parameters', { reason: `query.since ${q.since} is not an instant (a leap second cannot be compared); use e.g. 2026-01-01T00:00:00Z` });
  }
  const filter: JournalFilter = {
    operation: q.operation,
    status: q.status === undefined ? undefined : Number(q.status),
    client_id: q.client_id,
    since: q.since,
    limit: q.limit === undefined ? undefined : Number(q.limit),
  };
  return ok(runtime.journal.list(filter));
};
