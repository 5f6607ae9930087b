import { exchangeSsoCode } from '../services/tokens/sso-code.js';
import { clientOf, headerOf, ok, type Handler } from './handler.js';

/**
 * Access Token By Auth Code (A12): OAuth's flat token answer, `token_type` lower-case "bearer"
 * and `expires_in` an integer, as this page of SSOJet's writes them (CONTRACT-API §7 #7).
 */
export const accessTokenByAuthCode: Handler = async (input, { svc }) => {
  const { tokens } = await exchangeSsoCode(svc, {
    client: clientOf(input), code: input.query.code, state: input.query.state, ip: input.ip, userAgent: headerOf(input.headers['user-agent']),
  });
  return ok({
    access_token: tokens.access_token,
    token_type: 'bearer',
    expires_in: svc.config.tokenTtl,
    refresh_token: tokens.refresh_token,
    scope: 'openid profile email',
  });
};
