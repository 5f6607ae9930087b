/**
 * The one error catalog. Every error the sandbox answers with is an entry here, rendered in
 * SSOJet's documented envelope `{error, error_description, error_code}`
 * (https://docs.ssojet.com/en/error-codes).
 *
 * `documented: true` marks ids and codes copied from SSOJet's error-codes page; the others
 * are ours, placed in SSOJet's ranges (8xx general, 10xx API validation, 22xx passwordless).
 */
export interface CatalogEntry {
  status: number;
  code: number;
  /** Default description, used when the thrower gives none. */
  message: string;
  documented: boolean;
}

export const errorCatalog = {
  malformed_request: { status: 400, code: 800, message: 'The request is malformed.', documented: true },
  resource_not_found: { status: 404, code: 801, message: 'The resource was not found.', documented: true },
  invalid_request_body: { status: 400, code: 807, message: 'The request body is invalid.', documented: true },
  invalid_query_parameters: { status: 400, code: 842, message: 'The query parameters are invalid.', documented: true },
  method_not_allowed: { status: 405, code: 808, message: 'The method is not allowed on this path.', documented: false },
  payload_too_large: { status: 413, code: 809, message: 'The request body is too large.', documented: false },
  unsupported_media_type: { status: 415, code: 810, message: 'The content type is not supported.', documented: false },
  request_header_fields_too_large: { status: 431, code: 813, message: 'The request line and headers are too large.', documented: false },
  request_timeout: { status: 408, code: 814, message: 'The request was not received in time.', documented: false },
  expectation_failed: { status: 417, code: 815, message: 'The Expect header cannot be met.', documented: false },
  invalid_header: { status: 400, code: 811, message: 'A request header is invalid.', documented: false },
  internal_server_error: { status: 500, code: 812, message: 'Internal error.', documented: false },
  invalid_client: { status: 401, code: 1001, message: 'The client is invalid or missing.', documented: true },
  client_id_required: { status: 400, code: 1002, message: 'The client id is missing.', documented: false },
  client_id_conflict: { status: 400, code: 1003, message: 'Two different client ids were sent.', documented: false },
  invalid_token: { status: 401, code: 1004, message: 'The access token is missing or invalid.', documented: false },
  user_already_exists: { status: 409, code: 1005, message: 'A user with this email already exists.', documented: false },
  invalid_auth_code: { status: 400, code: 2201, message: 'The auth_code is unknown or already used.', documented: false },
  challenge_expired: { status: 400, code: 2202, message: 'The challenge has expired.', documented: false },
  passkey_authentication_failed: { status: 401, code: 2203, message: 'Passkey authentication failed.', documented: false },
  passkey_registration_failed: { status: 400, code: 2204, message: 'Passkey registration failed.', documented: false },
  passkey_already_registered: { status: 409, code: 2205, message: 'This passkey is already registered.', documented: false },
  injected_fault: { status: 500, code: 899, message: 'Injected by POST /__sandbox/faults.', documented: false },
  unknown_scenario: { status: 400, code: 2501, message: 'No such scenario.', documented: false },
  invalid_state: { status: 400, code: 2502, message: 'The state document is invalid.', documented: false },
  authenticator_not_found: { status: 404, code: 2503, message: 'No such virtual authenticator.', documented: false },
  authenticator_refused: { status: 400, code: 2504, message: 'The virtual authenticator refused the request.', documented: false },
  too_many_attempts: { status: 429, code: 2206, message: 'Too many failed attempts; retry later.', documented: false },
  uri_too_long: { status: 414, code: 816, message: 'The request URL is too long.', documented: false },
  invalid_grant: { status: 400, code: 1020, message: 'The authorization code or refresh token is invalid, expired, revoked or was issued to another client.', documented: false },
  invalid_request: { status: 400, code: 1021, message: 'The OAuth request is missing a parameter or has one it must not.', documented: false },
  unsupported_grant_type: { status: 400, code: 1022, message: 'This grant_type is not supported.', documented: false },
  invalid_scope: { status: 400, code: 1023, message: 'The requested scope is invalid.', documented: false },
  unauthorized_client: { status: 400, code: 1024, message: 'This client may not use this grant type.', documented: false },
} as const satisfies Record<string, CatalogEntry>;

export type ErrorId = keyof typeof errorCatalog;

export interface ErrorBody {
  error: ErrorId;
  error_description: string;
  error_code: number;
}

/**
 * An error a service or handler throws on purpose. `explanation` is the plain-words account of
 * a failed WebAuthn check (expected vs received) kept for the request journal and the log; the
 * description already says it to the caller.
 */
export class SandboxError extends Error {
  readonly id: ErrorId;
  readonly status: number;
  readonly explanation?: string;
  /** Response headers the error needs (e.g. Retry-After on 429). */
  readonly headers?: Record<string, string>;

  constructor(id: ErrorId, description?: string, explanation?: string, headers?: Record<string, string>) {
    super(description ?? errorCatalog[id].message);
    this.name = 'SandboxError';
    this.id = id;
    this.status = errorCatalog[id].status;
    this.explanation = explanation;
    this.headers = headers;
  }

  toBody(): ErrorBody {
    return { error: this.id, error_description: this.message, error_code: errorCatalog[this.id].code };
  }
}
