import { SandboxError } from '../errors.js';
import type { Services } from '../services/services.js';
import type { Client } from '../store/types.js';

/**
 * The management API's second key (CONTRACT-API §1): with MANAGEMENT_AUTH=client (the default,
 * what SSOJet's pages show) the client id is enough and `x-client-secret` is not looked at; with
 * `secret` it must be the client's `client_secret`. A client that fails to resolve fails here too,
 * so the client id's own error is the one reported.
 */
export async function managementSecret(svc: Services, client: Promise<Client>, sent: string | string[] | undefined): Promise<true> {
  const resolved = await client;
  if (svc.config.managementAuth !== 'secret') return true;
  const secret = (resolved as Client & { client_secret?: string }).client_secret;
  const value = Array.isArray(sent) ? sent[0] : sent;
  if (value === undefined || value === '') {
    throw new SandboxError('invalid_client', { problem: `MANAGEMENT_AUTH=secret: send the client's secret in x-client-secret (GET /__sandbox/clients lists it for ${resolved.client_id})` });
  }
  if (secret === undefined || value !== secret) {
    throw new SandboxError('invalid_client', { problem: `MANAGEMENT_AUTH=secret: x-client-secret is not the secret of client ${resolved.client_id}; GET /__sandbox/clients lists it` });
  }
  return true;
}
