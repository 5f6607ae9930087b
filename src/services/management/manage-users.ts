import { SandboxError } from '../../errors.js';
import type { Client, User, UserAttributes } from '../../store/types.js';
import type { Services } from '../services.js';
import { checkEmail } from '../passwordless/identifiers.js';
import { createUser } from '../users.js';

export async function requireUser(svc: Services, client: Client, userId: string): Promise<User> {
  const user = await svc.store.getUser(client.client_id, userId);
  if (!user) {
    throw new SandboxError('resource_not_found', { missing: `Client ${client.client_id} has no user ${userId}`, fix: `list them with GET /api/v1/users?client_id=${client.client_id}` });
  }
  return user;
}

/** List All Users: a page in the order created, read from the store page by page (flat at 100 000 users). */
export async function listUsersPage(svc: Services, client: Client, query: { limit?: number; page?: number }): Promise<User[]> {
  const limit = query.limit ?? 50;
  const page = query.page ?? 1;
  return svc.store.listUsers(client.client_id, limit, (page - 1) * limit);
}

export async function findUserByEmail(svc: Services, client: Client, email: string): Promise<User> {
  const user = await svc.store.findUserByIdentifier(client.client_id, email);
  if (!user || user.email.toLowerCase() !== email.toLowerCase()) {
    throw new SandboxError('resource_not_found', { missing: `Client ${client.client_id} has no user with email ${email}`, fix: `create one with POST /api/v1/users` });
  }
  return user;
}

export async function createManagedUser(svc: Services, client: Client, body: { email: string; first_name: string; last_name: string }): Promise<User> {
  checkEmail(body.email, 'body.email');
  return createUser(svc, client, body.email, { first_name: body.first_name, last_name: body.last_name, connection_type: 'ManualUser' });
}

export interface UserUpdate {
  email?: string;
  first_name?: string;
  last_name?: string;
  groups?: UserAttributes;
  raw_attributes?: UserAttributes;
}

/** Update User merges what is sent; a new email must be free, and is no longer verified. */
export async function updateUser(svc: Services, client: Client, userId: string, update: UserUpdate): Promise<User> {
  const user = await requireUser(svc, client, userId);
  const next: User = { ...user };
  if (update.email !== undefined && update.email.toLowerCase() !== user.email.toLowerCase()) {
    checkEmail(update.email, 'body.email');
    const holder = await svc.store.findUserByIdentifier(client.client_id, update.email);
    if (holder && holder.user_id !== user.user_id) {
      throw new SandboxError('user_already_exists', { reason: `body.email ${update.email} belongs to user ${holder.user_id} of client ${client.client_id}; choose another email` });
    }
    // A user who signs in with their email now signs in with the new one; a phone user keeps the phone.
    if (user.identifier.toLowerCase() === user.email.toLowerCase()) next.identifier = update.email;
    next.email = update.email;
    next.email_verified = false;
  }
  if (update.first_name !== undefined) next.first_name = update.first_name;
  if (update.last_name !== undefined) next.last_name = update.last_name;
  if (update.groups !== undefined) next.groups = update.groups;
  if (update.raw_attributes !== undefined) next.raw_attributes = update.raw_attributes;
  next.updated_at = svc.clock.now().toISOString();
  await svc.store.putUser(next);
  return next;
}

/** Verify User Status: SSOJet's example sends the string "true/false"; "true", "false" and booleans are taken. */
export async function verifyUser(svc: Services, client: Client, userId: string, status: string | boolean): Promise<User> {
  const user = await requireUser(svc, client, userId);
  const verified = status === true || status === 'true';
  const next = { ...user, email_verified: verified, updated_at: svc.clock.now().toISOString() };
  await svc.store.putUser(next);
  return next;
}

/** Delete User: a hard delete that cascades (Store.deleteUser): passkeys, refresh tokens, MFA, memberships. */
export async function deleteUser(svc: Services, client: Client, userId: string): Promise<{ is_deleted: true }> {
  await requireUser(svc, client, userId);
  await svc.store.deleteUser(client.client_id, userId);
  return { is_deleted: true };
}
