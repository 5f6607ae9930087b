import { mintSsoCode } from '../services/tokens/sso-code.js';
import { ok, type Handler } from './handler.js';

export const sandboxCreateSsoCode: Handler<'sandboxCreateSsoCode'> = async (input, { svc }) =>
  ok(await mintSsoCode(svc, input.body), 201);
