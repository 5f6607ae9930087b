import { SandboxError } from '../errors.js';
import type { Client, ClientBranding, ClientPolicy } from '../store/types.js';
import { attestationRootProblems } from './attestation/attestation-roots.js';
import type { SeededRandom } from '../lib/random.js';
import { seedRoles } from './management/seed-roles.js';
import type { Services } from './services.js';

/** SSOJet's example creation options: platform authenticator, resident key required, UV preferred, no attestation. */
export const defaultPolicy: ClientPolicy = {
  user_verification: 'preferred',
  resident_key: 'required',
  authenticator_attachment: 'platform',
  attestation: 'none',
  allow_cross_origin: false,
  mfa_issuer: 'ssojet-sandbox',
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
  redirect_uris?: string[];
  post_logout_redirect_uris?: string[];
  public?: boolean;
  client_secret?: string;
  custom_domain?: string;
  branding?: ClientBranding;
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
    client_secret: input.client_secret ?? clientSecret(svc.random, clientId),
    ...(input.custom_domain ? { custom_domain: input.custom_domain.toLowerCase() } : {}),
    ...(input.branding ? { branding: input.branding } : {}),
    redirect_uris: input.redirect_uris ?? [],
    post_logout_redirect_uris: input.post_logout_redirect_uris ?? [],
    public: input.public ?? false,
  };
}

const base32 = '0123456789abcdefghijklmnopqrstuv';
const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * `sk_<20 base32>.<22 base62>` (CONTRACT-API.md §1), derived from the seed and the client id
 * rather than drawn from the seeded stream: drawing it would shift every seeded id after it
 * (users, auth codes) that tests and scenarios pin.
 */
export function clientSecret(random: Pick<SeededRandom, 'keyed'>, clientId: string): string {
  const head = random.keyed(`client_secret|${clientId}|1`);
  const tail = random.keyed(`client_secret|${clientId}|2`);
  return `sk_${Array.from(head.subarray(0, 20), (b) => base32[b & 31]).join('')}.${Array.from(tail.subarray(0, 22), (b) => base62[b % 62]).join('')}`;
}

/** A new client starts with SSOJet's roles and permissions; replacing a client keeps its own. */
export async function createClient(svc: Services, input: ClientInput): Promise<Client> {
  const [problem] = attestationRootProblems(input.attestation_roots, 'body');
  if (problem) throw new SandboxError('invalid_request_body', { reason: problem });
  // Checked before makeClient draws an id: a refused request must not move the seeded stream.
  const domain = input.custom_domain?.toLowerCase();
  const holder = domain && (await svc.store.listClients()).find((c) => c.custom_domain?.toLowerCase() === domain && c.client_id !== input.client_id);
  if (holder) throw new SandboxError('invalid_request_body', { reason: `body.custom_domain ${domain} is already client ${holder.client_id}'s; GET Configuration By Custom Domain must find one client, so choose another` });
  const client = makeClient(svc, input);
  const existed = (await svc.store.getClient(client.client_id)) !== undefined;
  await svc.store.putClient(client);
  if (!existed) await seedRoles(svc, client.client_id);
  return client;
}
