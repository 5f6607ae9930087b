import { revokeToken } from '../services/oidc/revoke.js';
import { headerOf, type Handler } from './handler.js';
import { formOf, noStore } from './oidc-answers.js';

/** POST <issuer>/revoke (RFC 7009): 200 `{}` whether or not the token was known. */
export const oidcRevoke: Handler = async (input, { svc }) => {
  await revokeToken(svc, headerOf(input.headers.authorization), formOf(input.body));
  return noStore({});
};
