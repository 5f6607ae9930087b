import { discovery } from '../services/oidc/discovery.js';
import { oidcIssuer } from '../services/oidc/oidc-issuer.js';
import { headerOf, ok, type Handler } from './handler.js';

/** GET <issuer>/.well-known/openid-configuration, under the issuer this request sees. */
export const oidcDiscovery: Handler<'oidcDiscovery'> = async (input, { svc }) =>
  ok(discovery(oidcIssuer(svc.config, headerOf(input.headers.host), svc.issuer)));
