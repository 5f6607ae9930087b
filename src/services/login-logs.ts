import type { Client, LoginLog, User } from '../store/types.js';
import type { Services } from './services.js';

export interface SignIn {
  client: Client;
  user: User;
  /** `passkey`, `magic_link`, `email_otp`, `sms_otp`, `mfa`, `oidc`… */
  method: string;
  ip: string;
  userAgent: string | undefined;
}

/**
 * What every successful sign-in does to the user, whatever the method: `last_login_at` moves to
 * now and a login log is written (GET User Login Logs lists them, newest first). Returns the user
 * as stored.
 */
export async function recordSignIn(svc: Services, signIn: SignIn): Promise<User> {
  const now = svc.clock.now().toISOString();
  const user = { ...signIn.user, last_login_at: now };
  await svc.store.putUser(user);
  const log: LoginLog = {
    id: svc.random.objectId(),
    client_id: signIn.client.client_id,
    user_id: user.user_id,
    method: signIn.method,
    ip: signIn.ip,
    user_agent: (signIn.userAgent ?? '').slice(0, 2000),
    created_at: now,
  };
  await svc.store.putRecord('login_logs', log);
  return user;
}
