import { userinfo } from '../services/oidc/userinfo.js';
import { headerOf, ok, type Handler } from './handler.js';

/** GET or POST <issuer>/userinfo with a Bearer access token. */
export const oidcUserinfo: Handler<'oidcUserinfo'> = async (input, { svc }) => ok(await userinfo(svc, headerOf(input.headers.authorization)));
