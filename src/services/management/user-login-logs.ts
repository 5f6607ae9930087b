import type { Client } from '../../store/types.js';
import type { Services } from '../services.js';
import { requireUser } from './manage-users.js';

/**
 * GET User Login Logs: the user's sign-ins of every method, newest first, in SSOJet's PascalCase.
 * The sandbox knows no geography or device: those fields are "" (CONTRACT-API §6 U10).
 */
export async function userLoginLogs(svc: Services, client: Client, userId: string) {
  await requireUser(svc, client, userId);
  const logs = await svc.store.listRecords('login_logs', client.client_id, userId);
  return {
    login_logs: logs.reverse().map((l) => ({
      IpAddress: l.ip, Country: '', City: '', UserAgent: l.user_agent, Name: '', Os: '', Device: '', CreatedAt: l.created_at,
    })),
  };
}
