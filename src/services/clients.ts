import { SandboxError } from '../errors.js';
import type { Client, ClientPolicy } from '../store/types.js';
import { attestationRootProblems } from './attestation/attestation-roots.js';
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
  attestation_roots?: Record<string, string[]>;
  android_apk_key_hashes?: string[];
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
    // Present only when given, so clients made before these existed export unchanged.
    ...(input.attestation_roots ? { attestation_roots: input.attestation_roots } : {}),
    ...(input.android_apk_key_hashes ? { android_apk_key_hashes: input.android_apk_key_hashes } : {}),
  };
}

export async function createClient(svc: Services, input: ClientInput): Promise<Client> {
  const [problem] = attestationRootProblems(input.attestation_roots, 'body');
  if (problem) throw new SandboxError('invalid_request_body', { reason: problem });
  const client = makeClient(svc, input);
  await svc.store.putClient(client);
  return client;
}
