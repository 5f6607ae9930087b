import { SandboxError } from '../../errors.js';
import type { Client, User } from '../../store/types.js';
import type { Services } from '../services.js';
import type { QueuedLogin } from './oidc-records.js';

export interface QueueInput {
  client_id: string;
  identifier?: string;
  user_id?: string;
  amr?: string[];
}

/**
 * POST /__sandbox/oidc/login: the client's next /authorize signs this user in without a page
 * (as navikt's mock-oauth2-server lets a test enqueue a login), so CI needs no browser.
 */
export async function queueLogin(svc: Services, input: QueueInput): Promise<QueuedLogin> {
  const client = await svc.store.getClient(input.client_id);
  if (!client) throw new SandboxError('invalid_client', { problem: `no client ${input.client_id}` });
  if ((input.identifier === undefined) === (input.user_id === undefined)) {
    throw new SandboxError('invalid_request_body', { reason: 'send exactly one of body.identifier or body.user_id to name the user who signs in' });
  }
  const user = input.user_id !== undefined
    ? await svc.store.getUser(client.client_id, input.user_id)
    : await svc.store.findUserByIdentifier(client.client_id, input.identifier!);
  if (!user) {
    throw new SandboxError('resource_not_found', { missing: `No user ${input.user_id ?? input.identifier} in client ${client.client_id}`, fix: 'create one with POST /__sandbox/users first' });
  }
  const login: QueuedLogin = {
    client_id: client.client_id, login_id: svc.random.objectId(), user_id: user.user_id,
    amr: input.amr ?? ['hwk', 'user'], created_at: svc.clock.now().toISOString(),
  };
  await svc.store.putRecord('oidc_logins', login);
  return login;
}

/** The oldest queued login of the client, removed from the queue; one whose user is gone is dropped. */
export async function takeQueuedLogin(svc: Services, client: Client): Promise<{ user: User; amr: string[] } | null> {
  for (const login of await svc.store.listRecords('oidc_logins', client.client_id)) {
    await svc.store.deleteRecord('oidc_logins', client.client_id, login.login_id);
    const user = await svc.store.getUser(client.client_id, login.user_id);
    if (user) return { user, amr: login.amr };
  }
  return null;
}
