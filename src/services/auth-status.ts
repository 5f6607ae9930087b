import { SandboxError } from '../errors.js';
import type { Client } from '../store/types.js';
import type { Services } from './services.js';
import { ssojetUser } from './ssojet-user.js';

/** GET Auth Status: the outcome of the ceremony whose auth_code is `state`, shaped like Ping Status. */
export async function authStatus(svc: Services, client: Client, state: string) {
  const ceremony = await svc.store.getCeremony(state);
  if (!ceremony || ceremony.client_id !== client.client_id) {
    throw new SandboxError('resource_not_found', { missing: `No ceremony with state ${state} for client ${client.client_id}`, fix: "pass the auth_code returned by the ceremony's initiate call" });
  }
  if (ceremony.status !== 'verified' || !ceremony.token || !ceremony.user_id) return { authenticated: false };
  const user = await svc.store.getUser(client.client_id, ceremony.user_id);
  if (!user) return { authenticated: false };
  return {
    authenticated: true,
    oauth: { ...ceremony.token, token_type: 'Bearer' as const },
    user: ssojetUser(user, svc.issuer),
  };
}
