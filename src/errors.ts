/**
 * The one error catalog. Every error the sandbox answers with is an entry here, rendered in
 * SSOJet's documented envelope `{error, error_description, error_code}`
 * (https://docs.ssojet.com/en/error-codes). Each id's words live here, as a template whose
 * `{placeholders}` the thrower fills (in the manner of @fastify/error), so the texts can be read,
 * reviewed and kept in step with openapi.yaml's error examples in one place.
 *
 * `documented: true` marks ids and codes copied from SSOJet's error-codes page; the others are
 * ours, placed in SSOJet's ranges (8xx general, 10xx API validation, 22xx passwordless). The
 * sandbox's own control errors take 9xx (CONTRACT-API.md §0 F7), outside SSOJet's ranges.
 * Ids that cover several situations (a malformed request, a missing resource) take the
 * situation's words as one placeholder; the rest are full sentences.
 */
export interface CatalogEntry {
  status: number;
  code: number;
  /** The description template; `{name}` is replaced by the thrower's `name` parameter. */
  message: string;
  documented: boolean;
}

export const errorCatalog = {
  malformed_request: { status: 400, code: 800, message: '{reason}', documented: true },
  resource_not_found: { status: 404, code: 801, message: '{missing}; {fix}', documented: true },
  invalid_request_body: { status: 400, code: 807, message: 'Invalid request: {reason}', documented: true },
  invalid_query_parameters: { status: 400, code: 842, message: 'Invalid request: {reason}', documented: true },
  method_not_allowed: { status: 405, code: 808, message: '{method} is not allowed on {path}; allowed: {allowed}', documented: false },
  payload_too_large: { status: 413, code: 809, message: 'The request body is larger than the sandbox accepts ({limit} bytes); WebAuthn responses are a few KiB, so check what is being sent', documented: false },
  unsupported_media_type: { status: 415, code: 810, message: 'This Content-Type is not supported; send the body as {expected}', documented: false },
  request_header_fields_too_large: { status: 431, code: 813, message: 'The request line and headers exceed {kib} KiB ({limit} bytes); send fewer or smaller headers (large values belong in a JSON body)', documented: false },
  request_timeout: { status: 408, code: 814, message: 'The whole request did not arrive within {timeout_ms} ms (REQUEST_TIMEOUT_MS); send it in one go', documented: false },
  expectation_failed: { status: 417, code: 815, message: 'Expect: {expect} is not supported; send no Expect header, or Expect: 100-continue', documented: false },
  invalid_header: { status: 400, code: 811, message: 'Invalid request: {reason}', documented: false },
  internal_server_error: { status: 500, code: 812, message: 'The sandbox hit an unexpected error ({cause}); the log has the details (please report it)', documented: false },
  invalid_client: { status: 401, code: 1001, message: 'The client is invalid or missing: {problem}. GET /__sandbox/clients lists the clients and their client_secret; POST /__sandbox/clients creates one', documented: true },
  client_id_required: { status: 400, code: 1002, message: 'The client id is missing: send it as the client_id query parameter or the x-client-id header (the default client is cli_sandbox0000000000001; GET /__sandbox/clients lists them)', documented: false },
  client_id_conflict: { status: 400, code: 1003, message: '{conflict}; send one client id', documented: false },
  invalid_token: { status: 401, code: 1004, message: '{problem}. Sign the user in first (Finish Passkey Authentication, or POST /__sandbox/sessions in tests) and send its access token as Authorization: Bearer', documented: false },
  user_already_exists: { status: 409, code: 1005, message: '{reason}', documented: false },
  invalid_auth_code: { status: 400, code: 2201, message: 'auth_code {auth_code} {problem}. {next}', documented: false },
  challenge_expired: { status: 400, code: 2202, message: 'The challenge of auth_code {auth_code} expired {when}. Call {initiate} again.', documented: false },
  passkey_authentication_failed: { status: 401, code: 2203, message: 'Passkey authentication failed: {check} check failed: {reason}', documented: false },
  passkey_registration_failed: { status: 400, code: 2204, message: 'Passkey registration failed: {check} check failed: {reason}', documented: false },
  passkey_already_registered: { status: 409, code: 2205, message: 'Credential {credential_id} is already registered with client {client_id}; the authenticator should have refused it (excludeCredentials). Sign in with it, or delete it first to register it again', documented: false },
  too_many_attempts: { status: 429, code: 2206, message: 'Too many failed sign-ins for {who} ({count} of {max} allowed in {minutes} minutes); retry after {retry_after} s, or start the sandbox with RATE_LIMITS=off (or POST /__sandbox/reset) to lift the limit', documented: false },
  injected_fault: { status: 500, code: 899, message: 'Injected by POST /__sandbox/faults.', documented: false },
  uri_too_long: { status: 414, code: 816, message: 'The request URL is {length} bytes; the sandbox accepts at most {limit}. Send large values in a JSON body instead', documented: false },
  unknown_scenario: { status: 400, code: 901, message: 'No scenario named "{name}"; available: {available} (files in fixtures/scenarios/)', documented: false },
  invalid_state_document: { status: 400, code: 902, message: 'The state document is inconsistent: {problems}', documented: false },
  authenticator_not_found: { status: 404, code: 903, message: 'No virtual authenticator {authenticator_id}; create one with POST /__sandbox/authenticators (GET lists them). A reset or a restored state replaces them.', documented: false },
  authenticator_refused: { status: 400, code: 904, message: 'The virtual authenticator refused, as a browser would: {reason}', documented: false },
  invalid_refresh_token: { status: 401, code: 2220, message: 'query.refresh_token {why}; sign in again (each refresh token works once: use the refresh_token of the latest answer)', documented: false },
  invalid_code: { status: 400, code: 2221, message: '{reason}', documented: false },
  outbox_timeout: { status: 404, code: 920, message: 'No message matching {awaited} reached the outbox within {timeout_ms} ms; check that the send succeeded (GET /__sandbox/requests), that no drop_delivery fault is waiting (GET /__sandbox/faults), or raise timeout_ms (at most 30000)', documented: false },
  invalid_otp: { status: 400, code: 2212, message: 'The code {code} is wrong: {problem}', documented: false },
  invalid_mfa_token: { status: 401, code: 2301, message: 'The MFA Bearer token was refused: {problem}. Get an mfa_token from MFA Access Token (POST /api/v1/auth/mfa/token with x-client-secret)', documented: false },
  mfa_not_enrolled: { status: 400, code: 2302, message: 'User {user_id} has no {factor}; {fix}', documented: false },
  invalid_oob_code: { status: 400, code: 2303, message: 'oob_code {oob_code} {problem}; call Initiate MFA (POST /api/v1/auth/mfa/initiate) with authenticator_type oob for a new one', documented: false },
  mfa_already_enrolled: { status: 409, code: 2305, message: 'User {user_id} already has an active TOTP authenticator ({id}); validate its codes, or delete the user to start over', documented: false },
  invalid_state_id: { status: 400, code: 2210, message: 'state {state} {problem}; {fix}', documented: false },
  state_expired: { status: 400, code: 2211, message: 'state {state} {problem}; {fix}', documented: false },
  otp_attempts_exceeded: { status: 429, code: 2213, message: 'state {state} is burnt: {max} wrong codes were sent for it, so no code (the right one included) is accepted any more; start again with {send}', documented: false },
  invalid_magic_link: { status: 400, code: 2214, message: 'The magic link {problem}; {fix}', documented: false },
  invalid_phone: { status: 400, code: 2215, message: 'body.{field} {problem}; send an E.164 number: "+", the country code and the number, 7 to 15 digits in all (e.g. +14155550123)', documented: false },
  invalid_grant: { status: 400, code: 1020, message: '{reason}', documented: false },
  invalid_request: { status: 400, code: 1021, message: '{reason}', documented: false },
  unsupported_grant_type: { status: 400, code: 1022, message: 'grant_type {grant_type} is not supported: use authorization_code, refresh_token or client_credentials', documented: false },
  invalid_scope: { status: 400, code: 1023, message: '{reason}', documented: false },
  unauthorized_client: { status: 400, code: 1024, message: '{reason}', documented: false },
  invalid_email: { status: 400, code: 1008, message: '{field} "{email}" is not an email address; send one such as user@example.com', documented: false },
  duplicate_slug: { status: 409, code: 2510, message: 'body.slug "{slug}" is already the slug of {holder}; slugs are unique per client, choose another', documented: false },
  protected_role: { status: 400, code: 2511, message: 'Role {role_id} ({name}) is the Owner role, which cannot be removed; remove another role, or change this one with PUT /api/v1/roles/{role_id}', documented: false },
} as const satisfies Record<string, CatalogEntry>;

export type ErrorId = keyof typeof errorCatalog;

/** The `{name}`s of a template, as a type: a throw site that leaves one out does not compile. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
export type ErrorParams<I extends ErrorId> = Record<Placeholders<(typeof errorCatalog)[I]['message']>, string | number>;

export interface ErrorOptions {
  /** The plain-words account of a failed check (expected vs received), for the journal and the log. */
  explanation?: string;
  /** Response headers the error needs (e.g. Retry-After on 429). */
  headers?: Record<string, string>;
  /** The check that refused; the explanation is then `<check> check failed: <description>`. */
  check?: string;
}

type ErrorArgs<I extends ErrorId> = I extends ErrorId
  ? [Placeholders<(typeof errorCatalog)[I]['message']>] extends [never]
    ? [params?: Record<string, never>, options?: ErrorOptions]
    : [params: ErrorParams<I>, options?: ErrorOptions]
  : never;

export interface ErrorBody {
  error: ErrorId;
  error_description: string;
  error_code: number;
}

/**
 * Fills a template. A placeholder without a value throws instead of leaking `{name}` to a
 * caller: the types prevent it at throw sites, and the catalog test renders every entry.
 */
export function renderMessage(id: ErrorId, params: Record<string, string | number> = {}): string {
  return errorCatalog[id].message.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    if (!Object.hasOwn(params, name)) throw new TypeError(`error ${id}: no value for placeholder {${name}} of "${errorCatalog[id].message}"`);
    return String(params[name]);
  });
}

/** An error a service or handler throws on purpose; its description is rendered when thrown. */
class CatalogError extends Error {
  readonly id: ErrorId;
  readonly status: number;
  readonly explanation?: string;
  readonly headers?: Record<string, string>;

  constructor(id: ErrorId, params?: Record<string, string | number>, options: ErrorOptions = {}) {
    super(renderMessage(id, params));
    this.name = 'SandboxError';
    this.id = id;
    this.status = errorCatalog[id].status;
    this.explanation = options.explanation ?? (options.check ? `${options.check} check failed: ${this.message}` : undefined);
    this.headers = options.headers;
  }
}

/** `new SandboxError(id, params, options)`, its params typed by the id's template. */
export const SandboxError = CatalogError as unknown as {
  new <I extends ErrorId>(id: I, ...args: ErrorArgs<I>): CatalogError;
  prototype: CatalogError;
};
export type SandboxError = CatalogError;

/** The one rendering of the envelope, for every error the sandbox answers with. */
export function renderError(error: SandboxError): ErrorBody {
  return { error: error.id, error_description: error.message, error_code: errorCatalog[error.id].code };
}

/** The one internal-error answer; what went wrong goes to the log, not to the caller. */
export function internalError(cause = 'an exception while serving this request'): SandboxError {
  return new SandboxError('internal_server_error', { cause });
}
