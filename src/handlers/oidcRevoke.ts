import { revokeToken } from '../services/oidc/revoke.js';
import { headerOf, type Handler } from './handler.js';
import { noStore } from './oidc-answers.js';

/** POST <issuer>/revoke (RFC 7009): 200 `{}` whether or not the token was known. */
export const oidcRevoke: Handler<'oidcRevoke'> = async (input, { svc }) => {
  await revokeToken(svc, headerOf(input.headers.authorization), input.body);
  return noStore({});
};
