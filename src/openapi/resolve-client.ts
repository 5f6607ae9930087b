import { SandboxError } from '../errors.js';
import type { Store } from '../store/store.js';
import type { Client } from '../store/types.js';

type Raw = string | string[] | undefined;

function firstNonEmpty(value: Raw, where: string): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value; // the usual case, without allocating
  const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');
  if (new Set(values).size > 1) {
    throw new SandboxError('client_id_conflict', { conflict: `${where} was sent more than once with different values (${values.join(', ')})` });
  }
  return values[0];
}

/**
 * SSOJet identifies the application by the `client_id` query parameter on most pages and by
 * `x-client-id` on others (any case; Node lowercases header names). We accept either; both
 * present and different → 400, neither → 400, unknown → 401 invalid_client.
 */
export async function resolveClient(store: Store, query: Record<string, Raw>, headers: Record<string, Raw>): Promise<Client> {
  const fromQuery = firstNonEmpty(query.client_id, 'query.client_id');
  const fromHeader = firstNonEmpty(headers['x-client-id'], 'header x-client-id');
  if (fromQuery === undefined && fromHeader === undefined) {
    throw new SandboxError('client_id_required');
  }
  if (fromQuery !== undefined && fromHeader !== undefined && fromQuery !== fromHeader) {
    throw new SandboxError('client_id_conflict', { conflict: `query.client_id (${fromQuery}) and header x-client-id (${fromHeader}) differ` });
  }
  const clientId = (fromQuery ?? fromHeader)!;
  const client = await store.getClient(clientId);
  if (!client) {
    throw new SandboxError('invalid_client', { problem: `no client ${clientId}` });
  }
  return client;
}
