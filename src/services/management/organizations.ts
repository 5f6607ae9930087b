import { SandboxError } from '../../errors.js';
import type { Client, Organization } from '../../store/types.js';
import type { Services } from '../services.js';

/** What Add and Update Organization take: SSOJet's PascalCase, `WhiteListDomain` as an alias. */
export interface OrganizationInput {
  Name?: string;
  WhiteListDomains?: string[];
  WhiteListDomain?: string[];
  AllowProfilesOutsideOrganization?: boolean;
  address?: string;
  website?: string;
  time_zone?: string;
  currency?: string;
}

/** The organization object; `whiteList` is the spelling the endpoint uses (`WhiteListDomain` or `WhiteListDomains`). */
export function organizationShape(o: Organization, whiteList: 'WhiteListDomain' | 'WhiteListDomains') {
  return {
    id: o.id, name: o.name, [whiteList]: [...o.white_list_domains], allow_profiles_outside_organization: o.allow_profiles_outside_organization,
    sso_connection_token: o.sso_connection_token, domain: o.domain, WorkspaceName: o.workspace_name, is_active: o.is_active,
  };
}

function domainsOf(input: OrganizationInput): string[] | undefined {
  const { WhiteListDomains: plural, WhiteListDomain: singular } = input;
  if (plural && singular && JSON.stringify(plural) !== JSON.stringify(singular)) {
    throw new SandboxError('invalid_request_body', { reason: 'body.WhiteListDomains and body.WhiteListDomain differ; send one of them (WhiteListDomain is an alias)' });
  }
  const domains = plural ?? singular;
  return domains && [...new Set(domains.map((d) => d.toLowerCase()))];
}

export async function requireOrganization(svc: Services, client: Client, id: string): Promise<Organization> {
  const o = await svc.store.getRecord('organizations', client.client_id, id);
  if (!o) throw new SandboxError('resource_not_found', { missing: `Client ${client.client_id} has no organization ${id}`, fix: `list them with GET /api/v1/organizations` });
  return o;
}

/** `org_token_<20 base32hex>.<32 hex>.<22 base62>`, the shape of SSOJet's example, from the seeded stream. */
function connectionToken(svc: Services): string {
  const b32 = '0123456789abcdefghijklmnopqrstuv';
  const b62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const pick = (alphabet: string, n: number) => Array.from(svc.random.bytes(n), (b) => alphabet[b % alphabet.length]).join('');
  return `org_token_${pick(b32, 20)}.${Buffer.from(svc.random.bytes(16)).toString('hex')}.${pick(b62, 22)}`;
}

export async function addOrganization(svc: Services, client: Client, input: OrganizationInput): Promise<Organization> {
  if (input.Name === undefined) throw new SandboxError('invalid_request_body', { reason: 'body.Name is required: the organization\'s name, e.g. {"Name":"acme"}' });
  // Every check before the first draw: a refused request must not move the seeded stream.
  const domains = domainsOf(input) ?? [];
  const org: Organization = {
    id: svc.random.objectId(), client_id: client.client_id, name: input.Name, white_list_domains: domains,
    allow_profiles_outside_organization: input.AllowProfilesOutsideOrganization ?? false, sso_connection_token: connectionToken(svc),
    domain: '', workspace_name: '', is_active: true, address: input.address ?? '', website: input.website ?? '', time_zone: input.time_zone ?? '', currency: input.currency ?? '',
  };
  await svc.store.putRecord('organizations', org);
  return org;
}

/** Update Organization merges; membership by domain follows at once (it is computed when read). */
export async function updateOrganization(svc: Services, client: Client, id: string, input: OrganizationInput): Promise<Organization> {
  const org = await requireOrganization(svc, client, id);
  const next: Organization = {
    ...org,
    name: input.Name ?? org.name,
    white_list_domains: domainsOf(input) ?? org.white_list_domains,
    allow_profiles_outside_organization: input.AllowProfilesOutsideOrganization ?? org.allow_profiles_outside_organization,
    address: input.address ?? org.address, website: input.website ?? org.website, time_zone: input.time_zone ?? org.time_zone, currency: input.currency ?? org.currency,
  };
  await svc.store.putRecord('organizations', next);
  return next;
}

/** Delete Organization, with its memberships. */
export async function deleteOrganization(svc: Services, client: Client, id: string): Promise<{ is_deleted: true }> {
  await requireOrganization(svc, client, id);
  for (const m of await svc.store.listRecords('memberships', client.client_id, id)) await svc.store.deleteRecord('memberships', client.client_id, m.id);
  await svc.store.deleteRecord('organizations', client.client_id, id);
  return { is_deleted: true };
}
