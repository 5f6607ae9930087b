import { SandboxError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import type { Client } from '../../store/types.js';
import { defaultBranding, defaultLocalization, defaultRedirectUrl } from './configuration-defaults.js';
import { managementId } from './management-ids.js';

/**
 * GET Configuration By Client Id (O6) and By Custom Domain (O7), built from the client record:
 * its name, `branding` over SSOJet's example branding, one MagicLink connection whose id is the
 * `connection_id` its users carry. The one difference SSOJet documents between the two is kept:
 * by domain, `branding.branding_schema` is a JSON string (CONTRACT-API.md §7 #19).
 */
export function configuration(client: Client, by: 'client_id' | 'domain') {
  const branding = { ...defaultBranding, ...structuredClone(client.branding ?? {}) };
  return {
    id: managementId(client.client_id, 'workspace'),
    name: client.name,
    client_id: client.client_id,
    branding: by === 'domain' ? { ...branding, branding_schema: JSON.stringify(branding.branding_schema) } : branding,
    connection: [{ provider: 'MagicLink', connection_id: managementId(client.client_id, 'connection'), is_sso_connection: false, is_oauth_connection: false }],
    default_redirect_url: defaultRedirectUrl,
    auth_config: { webauthn: false, passkey_auth: true, social: null },
    localization: structuredClone(defaultLocalization),
  };
}

/** The client whose `custom_domain` is `domain` (any case), for O7. */
export async function clientByDomain(store: Store, domain: string): Promise<Client> {
  const wanted = domain.toLowerCase();
  const client = (await store.listClients()).find((c) => c.custom_domain?.toLowerCase() === wanted);
  if (!client) {
    throw new SandboxError('resource_not_found', { missing: `No client has the custom domain ${domain}`, fix: 'set one with POST /__sandbox/clients {"client_id": "…", "custom_domain": "login.example.com"}, or ask by client id' });
  }
  return client;
}
