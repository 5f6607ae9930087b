import { mintSsoCode } from '../services/tokens/sso-code.js';
import { ok, type Handler } from './handler.js';

export const sandboxCreateSsoCode: Handler = async (input, { svc }) =>
  ok(await mintSsoCode(svc, input.body as { client_id: string; user_id?: string; identifier?: string; state?: string }), 201);
