import type { JournalFilter } from '../sandbox/journal.js';
import { ok, type Handler } from './handler.js';

/** Query values arrive as strings; the spec has already checked that status and limit are integers. */
export const sandboxListRequests: Handler = async (input, { runtime }) => {
  const q = input.query;
  const filter: JournalFilter = {
    operation: q.operation,
    status: q.status === undefined ? undefined : Number(q.status),
    client_id: q.client_id,
    since: q.since,
    limit: q.limit === undefined ? undefined : Number(q.limit),
  };
  return ok(runtime.journal.list(filter));
};
