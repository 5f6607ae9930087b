import { renamePasskey } from '../services/passkey-credentials.js';
import { ok, signedIn, type Handler } from './handler.js';

export const updatePasskeyName: Handler<'updatePasskeyName'> = async (input, { svc }) =>
  ok(await renamePasskey(svc, signedIn(input).user, input.params.passkeyid, input.body.name));
