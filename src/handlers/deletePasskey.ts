import { deletePasskey as remove } from '../services/passkey-credentials.js';
import { ok, signedIn, type Handler } from './handler.js';

export const deletePasskey: Handler<'deletePasskey'> = async (input, { svc }) =>
  ok(await remove(svc, signedIn(input).user, input.params.passkeyid));
