import { SandboxError } from '../errors.js';
import type { Client, User } from '../store/types.js';
import type { Services } from './services.js';

export async function requireClient(svc: Services, clientId: string): Promise<Client> {
  const client = await svc.store.getClient(clientId);
  if (!client) {
    throw new SandboxError('invalid_client', { problem: `no client ${clientId}` });
  }
  return client;
}

/** What a new user may be given besides the email; the rest has the defaults of `newUser`. */
export type NewUserFields = Partial<Omit<User, 'client_id' | 'email' | 'created_at' | 'updated_at' | 'last_login_at'>>;

export async function createUser(svc: Services, client: Client, email: string, fields: NewUserFields = {}): Promise<User> {
  const identifier = fields.identifier ?? email;
  if (await svc.store.findUserByIdentifier(client.client_id, identifier)) {
    throw new SandboxError('user_already_exists', { reason: `Client ${client.client_id} already has a user with email ${identifier}` });
  }
  const user = newUser(svc, client.client_id, email, svc.clock.now().toISOString(), fields);
  await svc.store.putUser(user);
  return user;
}

/**
 * A new user's record, created at `now`; the id is drawn from the seeded source unless given.
 * Undefined fields take the defaults (so a scenario's optional names can be passed as they are).
 */
export function newUser(svc: Pick<Services, 'random'>, clientId: string, email: string, now: string, fields: NewUserFields = {}): User {
  const given = fields;
  return {
    user_id: given.user_id ?? svc.random.objectId(),
    client_id: clientId,
    email,
    identifier: given.identifier ?? email,
    created_at: now,
    updated_at: now,
    last_login_at: null,
    first_name: given.first_name ?? '',
    last_name: given.last_name ?? '',
    phone_id: given.phone_id ?? null,
    email_verified: given.email_verified ?? false,
    is_active: given.is_active ?? true,
    connection_type: given.connection_type ?? 'ManualUser',
    groups: given.groups ?? {},
    raw_attributes: given.raw_attributes ?? {},
    roles: given.roles ?? [],
  };
}

/**
 * POST /__sandbox/sessions: the tokens a sign-in would give, without a ceremony. An unknown
 * identifier becomes a new user (as a first passwordless sign-in creates one); an unknown
 * user_id is an error.
 */
export async function createSession(svc: Services, input: { client_id: string; user_id?: string; identifier?: string }) {
  const client = await requireClient(svc, input.client_id);
  let user: User | undefined;
  if (input.user_id !== undefined) {
    user = await svc.store.getUser(client.client_id, input.user_id);
    if (!user) throw new SandboxError('resource_not_found', { missing: `Client ${client.client_id} has no user ${input.user_id}`, fix: `list users with GET /__sandbox/users?client_id=${client.client_id}` });
  } else if (input.identifier !== undefined) {
    user = await svc.store.findUserByIdentifier(client.client_id, input.identifier) ?? await createUser(svc, client, input.identifier);
  } else {
    throw new SandboxError('invalid_request_body', { reason: 'body.user_id or body.identifier is required (required)' });
  }
  if (input.user_id !== undefined && input.identifier !== undefined && user.identifier.toLowerCase() !== input.identifier.toLowerCase()) {
    throw new SandboxError('invalid_request_body', { reason: `body.user_id ${input.user_id} and body.identifier ${input.identifier} name different users; send one of them` });
  }
  const now = svc.clock.now().toISOString();
  await svc.store.putUser({ ...user, last_login_at: now });
  const tokens = await svc.tokens.issue(client.client_id, user.user_id);
  await svc.store.putRefreshToken({ token: tokens.refresh_token, client_id: client.client_id, user_id: user.user_id, expires_at: tokens.expires_at });
  return { ...tokens, token_type: 'Bearer' as const, user_id: user.user_id };
}
