import { listPasskeys } from '../services/passkey-credentials.js';
import { ok, signedIn, type Handler } from './handler.js';

export const listPasskeyCredentials: Handler<'listPasskeyCredentials'> = async (input, { svc }) =>
  ok(await listPasskeys(svc, signedIn(input).user));
