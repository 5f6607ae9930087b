import type { components } from '../../openapi/spec-types.js';
/**
 * The discovery document (OIDC Discovery 1.0 §3, RFC 8414), every endpoint under the issuer the
 * request sees, so its `issuer` is byte-equal to the URL the client was given.
 */
export function discovery(issuer: string): components['schemas']['OidcDiscovery'] {
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    userinfo_endpoint: `${issuer}/userinfo`,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
    end_session_endpoint: `${issuer}/logout`,
    revocation_endpoint: `${issuer}/revoke`,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    revocation_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    claims_supported: ['sub', 'iss', 'aud', 'azp', 'exp', 'iat', 'auth_time', 'nonce', 'amr', 'at_hash', 'email', 'email_verified', 'name', 'given_name', 'family_name'],
    subject_types_supported: ['public'],
    prompt_values_supported: ['none', 'login'],
    authorization_response_iss_parameter_supported: true,
  };
}
