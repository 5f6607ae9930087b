import type { Config } from '../../config.js';

/**
 * The OIDC issuer a request sees (CONTRACT-OIDC.md, Endpoints): OIDC_ISSUER exactly, else
 * `<ISSUER>/oidc`, else the address the request came in on, so that `127.0.0.1:8787` and
 * `localhost:8787` each get a discovery document whose `issuer` is byte-equal to what they asked
 * for (relying parties compare it byte for byte).
 */
export function oidcIssuer(config: Pick<Config, 'oidcIssuer' | 'issuer'>, host: string | undefined, fallback: string): string {
  if (config.oidcIssuer !== null) return config.oidcIssuer;
  if (config.issuer !== null) return `${config.issuer}/oidc`;
  // A Host header is what the client dialled; without one (HTTP/1.0), the sandbox's own address.
  return host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? `http://${host}/oidc` : `${fallback}/oidc`;
}

/** Whether `iss` is an issuer this sandbox's OIDC face could have minted a token under. */
export function isOidcIssuer(config: Pick<Config, 'oidcIssuer'>, iss: string): boolean {
  if (config.oidcIssuer !== null) return iss === config.oidcIssuer;
  return /^https?:\/\/[A-Za-z0-9.:[\]-]+\/oidc$/.test(iss);
}
