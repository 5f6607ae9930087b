import { ok, type Handler } from './handler.js';

/** Public parts only: the private keys stay in the sandbox (they are in GET /__sandbox/state). */
export const sandboxListAuthenticatorCredentials: Handler<'sandboxListAuthenticatorCredentials'> = async (input, { svc }) =>
  ok(svc.authenticators.get(input.params.authenticator_id).credentials().map((c) => ({
    credential_id: c.id, rp_id: c.rpId, user_handle: c.userHandle, alg: c.alg, sign_count: c.signCount,
  })));
