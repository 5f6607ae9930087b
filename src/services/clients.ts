import type { Client, ClientPolicy } from '../store/types.js';
import { seedRoles } from './management/seed-roles.js';
import type { Services } from './services.js';

/** SSOJet's example creation options: platform authenticator, resident key required, UV preferred, no attestation. */
export const defaultPolicy: ClientPolicy = {
  user_verification: 'preferred',
  resident_key: 'required',
  authenticator_attachment: 'platform',
  attestation: 'none',
  allow_cross_origin: false,
};

/** Any port of localhost and 127.0.0.1, so a local app works out of the box. */
export const localOrigins = ['http://localhost:*', 'http://127.0.0.1:*'];

export interface ClientInput {
  client_id?: string;
  name?: string;
  rp_id?: string;
  rp_name?: string;
  origins?: string[];
  policy?: Partial<ClientPolicy>;
}

export function makeClient(svc: Pick<Services, 'random'>, input: ClientInput): Client {
  const clientId = input.client_id ?? svc.random.clientId();
  const rpId = input.rp_id ?? 'localhost';
  return {
    client_id: clientId,
    name: input.name ?? clientId,
    rp_id: rpId,
    rp_name: input.rp_name ?? rpId,
    origins: input.origins ?? (rpId === 'localhost' ? localOrigins : [`https://${rpId}`]),
    policy: { ...defaultPolicy, ...input.policy },
  };
}

/** A new client starts with SSOJet's roles and permissions; replacing a client keeps its own. */
export async function createClient(svc: Services, input: ClientInput): Promise<Client> {
  const client = makeClient(svc, input);
  const existed = (await svc.store.getClient(client.client_id)) !== undefined;
  await svc.store.putClient(client);
  if (!existed) await seedRoles(svc, client.client_id);
  return client;
}
