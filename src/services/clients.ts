import type { Client, ClientPolicy } from '../store/types.js';
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
  redirect_uris?: string[];
  post_logout_redirect_uris?: string[];
  public?: boolean;
  client_secret?: string;
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
    redirect_uris: input.redirect_uris ?? [],
    post_logout_redirect_uris: input.post_logout_redirect_uris ?? [],
    public: input.public ?? false,
    ...(input.client_secret !== undefined ? { client_secret: input.client_secret } : {}),
  };
}

export async function createClient(svc: Services, input: ClientInput): Promise<Client> {
  const client = makeClient(svc, input);
  await svc.store.putClient(client);
  return client;
}
