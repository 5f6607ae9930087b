import { totpNow } from '../services/mfa/totp-now.js';
import { requireClient } from '../services/users.js';
import { ok, type Handler } from './handler.js';

export const sandboxGetMfaTotp: Handler<'sandboxGetMfaTotp'> = async (input, { svc }) => {
  const client = await requireClient(svc, input.query.client_id);
  return ok(await totpNow(svc, client.client_id, input.query.user_id));
};
