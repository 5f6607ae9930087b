import { exchangeToken } from '../services/oidc/token-endpoint.js';
import { headerOf, type Handler } from './handler.js';
import { noStore } from './oidc-answers.js';

/** POST <issuer>/token (form-encoded): authorization_code, refresh_token, client_credentials. */
export const oidcToken: Handler<'oidcToken'> = async (input, { svc }) =>
  noStore(await exchangeToken(svc, {
    authorization: headerOf(input.headers.authorization), form: input.body, host: headerOf(input.headers.host), fallbackBase: svc.issuer,
  }));
