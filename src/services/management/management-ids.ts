import { createHash } from 'node:crypto';

/** The default scenario's client, whose records carry the ids of SSOJet's own examples. */
export const EXAMPLE_CLIENT = 'cli_sandbox0000000000001';

const exampleIds: Record<string, string> = {
  account: '668e7e5946b448ab754b44a5',
  connection: '668e7e5946b448ab754b44a6',
  'permission:team-view': '668e7e5946b448ab754b44a8',
  'permission:team-manage': '668e7e5946b448ab754b44a9',
  'permission:manage-sso-connection': '668e7e5946b448ab754b44aa',
  'role:owner': '668e7e5946b448ab754b44ab',
  'role:admin': '668e7e5946b448ab754b44ac',
  'role:developer': '668e7e5a46b448ab754b44ad',
};

/**
 * A client's fixed ids (`account_id`, `connection_id`, the seeded roles and permissions): SSOJet's
 * example ids for the default client, for any other a 24-hex digest of the client id and the
 * label. Derived rather than drawn from the seeded stream so that creating a client moves no
 * later id, and so that 100 000 users cost nothing here (load-100k start-up).
 */
export function managementId(clientId: string, label: string): string {
  if (clientId === EXAMPLE_CLIENT && exampleIds[label]) return exampleIds[label];
  return createHash('sha256').update(`ssojet-sandbox:${clientId}:${label}`).digest('hex').slice(0, 24);
}
