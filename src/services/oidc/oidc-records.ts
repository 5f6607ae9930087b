/**
 * The OIDC face's records, kept as record collections (src/store/collections.ts) so both stores
 * and the state export hold them without store code of their own.
 */

/** How a user signed in, as the id_token's `amr` and `auth_time` report it. */
export interface Authentication {
  user_id: string;
  /** Seconds since the epoch, on the sandbox clock. */
  auth_time: number;
  amr: string[];
}

/** A sign-in session of the issuer's page, named by the session cookie (per client). */
export interface OidcSession extends Authentication {
  client_id: string;
  session_id: string;
  created_at: string;
  /** Set by RP-initiated logout; an ended session never answers `prompt=none`. */
  ended_at: string | null;
}

/** A login queued by POST /__sandbox/oidc/login, consumed by the client's next /authorize. */
export interface QueuedLogin {
  client_id: string;
  login_id: string;
  user_id: string;
  amr: string[];
  created_at: string;
}

/**
 * One authorization code and everything it led to: the code is single use and bound to its
 * redirect URI, PKCE challenge and nonce; its refresh tokens rotate, and a second use of the
 * code (or of a rotated refresh token) revokes the whole grant (RFC 6749 §4.1.2, §10.4).
 */
export interface OidcGrant extends Authentication {
  client_id: string;
  code: string;
  issuer: string;
  redirect_uri: string;
  scope: string;
  nonce: string | null;
  code_challenge: string | null;
  session_id: string | null;
  created_at: string;
  code_expires_at: string;
  code_used_at: string | null;
  revoked_at: string | null;
  /** Why the grant was revoked (journal and state readers see it). */
  revoked_reason: string | null;
  /** The live refresh token, null before the exchange or once revoked. */
  refresh_token: string | null;
  refresh_expires_at: string | null;
  /** Refresh tokens already rotated away: presenting one again is reuse. */
  rotated: string[];
  /** Tokens issued so far (numbers the access tokens' `jti`). */
  issued: number;
}
