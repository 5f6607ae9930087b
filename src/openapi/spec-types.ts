/**
 * Generated from openapi.yaml by openapi-typescript (scripts/gen-spec-types.ts).
 * Do not edit: change openapi.yaml and run `npm run gen:types`.
 */

export interface paths {
    "/api/v1/auth/passwordless/passkey/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Initiate Passkey Login
         * @description Starts a passkey sign-in for `identifier` and returns WebAuthn request options plus an
         *     `auth_code` bound to the challenge. Unknown identifiers get options too (no account
         *     enumeration); the finish call then fails with 401.
         */
        get: operations["initiatePasskeyLogin"];
        put?: never;
        /**
         * Finish Passkey Authentication
         * @description Verifies the WebAuthn assertion for the ceremony named by `auth_code` and returns an
         *     access token. The body is `{passkey}` with the AuthenticationResponseJSON as an object
         *     or a JSON string, or a bare AuthenticationResponseJSON (as Complete Passkey
         *     Registration takes a bare RegistrationResponseJSON). The `auth_code` allows one
         *     attempt: any attempt, failed or not, consumes it.
         */
        post: operations["finishPasskeyAuthentication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwordless/passkey/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Passkey Registration Initialize
         * @description Returns WebAuthn creation options for the signed-in user (the Bearer).
         */
        get: operations["passkeyRegistrationInitialize"];
        put?: never;
        /**
         * Complete Passkey Registration
         * @description Verifies the attestation for the ceremony named by `auth_code` and stores the
         *     credential for the signed-in user. The body is `{passkey, email?}` with the
         *     RegistrationResponseJSON as an object or a JSON string, or a bare
         *     RegistrationResponseJSON. Every attestation format's statement is verified at the
         *     sandbox clock's instant and judged by the client's `policy.attestation`,
         *     `policy.attestation_trust` and `attestation_roots` (docs/attestation.md).
         */
        post: operations["completePasskeyRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwordless/passkey/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check User Passkey Authentication Status
         * @description The identifier's latest passkey login ceremony: `pending` after initiate (and after a
         *     failed finish, until the challenge times out), `verified` after a successful finish,
         *     `expired` once the challenge timed out unfinished, `none` if there was none.
         */
        get: operations["checkPasskeyAuthStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwordless/passkey/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List User PassKey Credentials */
        get: operations["listPasskeyCredentials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwordless/passkey/credentials/{passkeyid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credential id (base64url), the `id` from List User PassKey Credentials */
                passkeyid: components["parameters"]["PasskeyId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete Associated Passkey */
        delete: operations["deletePasskey"];
        options?: never;
        head?: never;
        /** Update Passkey Name */
        patch: operations["updatePasskeyName"];
        trace?: never;
    };
    "/api/v1/auth/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET Auth Status
         * @description Exactly one of:
         *     - `identifier` (SSOJet's): the identifier's latest sign-in attempt of any method (magic
         *       link, email or SMS code, passkey login) as `{authenticated, status, method,
         *       expires_at}`, never with tokens: knowing an email must not yield a session. `status`
         *       is `pending`, `verified`, `expired` (the code or challenge no longer works) or `none`
         *       (then `method` and `expires_at` are null); `authenticated` is `status == "verified"`.
         *       At the same instant (a pinned clock) a passkey ceremony counts as later than a
         *       passwordless attempt.
         *     - `state` (the sandbox's extension): the sign-in with this state (a send's `state` or a
         *       passkey `auth_code`) in Ping Status's shape: `{authenticated: false}` until it
         *       succeeds, then the tokens and the user.
         *     Both or neither is a 400 naming the two.
         */
        get: operations["getAuthStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * MFA Access Token
         * @description Server-side, after a first factor: exchanges the client secret and the user's
         *     identifier for an `mfa_token`, the Bearer of the other MFA operations for 5 minutes.
         */
        post: operations["mfaAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/authenticators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List of Authenticators
         * @description The user's factors, active and pending: the TOTP app, and once it is active the
         *     backup codes and an out-of-band channel to the user's email and phone.
         */
        get: operations["listMfaAuthenticators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * MFA Enroll TOTP
         * @description Starts a TOTP enrolment: a new secret and its `otpauth://` URI (GET qr-code renders it).
         *     It stays pending until its first code passes Validate MFA Token; enrolling again while
         *     pending replaces it, while active is 409 `mfa_already_enrolled`.
         */
        post: operations["enrollMfaTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/initiate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate MFA
         * @description Starts a second-factor challenge for a user whose TOTP enrolment is active: `otp`
         *     (the app's code) or `oob` (a code sent to the user's email or phone, in the outbox).
         */
        post: operations["initiateMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/qr-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * QR Code Image API
         * @description A PNG QR code of the TOTP enrolment's `barcode_uri` (pending or active).
         */
        get: operations["getMfaQrCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate MFA Token
         * @description `otp` alone: a TOTP code (±1 30 s step on the sandbox clock) or an unused backup code.
         *     `oob_code` with `otp`: the code sent for that challenge. The first TOTP success
         *     activates the enrolment and makes the backup codes. Success signs the user in; a wrong
         *     code is 400 `invalid_otp`, and after 5 the Bearer is burnt (401 `invalid_mfa_token`).
         */
        post: operations["validateMfaToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/backupcode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Backup Code
         * @description The user's unused backup codes (ten 8-character single-use codes, made when TOTP activates).
         */
        get: operations["getMfaBackupCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwordless/magic-link/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a Magic Link
         * @description Opens a passwordless attempt and emails a magic link to `email` (the sandbox's outbox,
         *     `GET /__sandbox/outbox`). The link works once, for 5 minutes (OTP_TTL_MS); the `state`
         *     can be polled with Ping Status for 15 minutes (STATE_TTL_MS). A bad address is 400
         *     `invalid_email`.
         */
        post: operations["sendMagicLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwordless/magic-link/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend Email Magic Link
         * @description The same state, a new link: the earlier link stops working and the 5 minutes start
         *     again (the state's 15 minutes do not). An unknown, expired or verified state is 400.
         */
        post: operations["resendMagicLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwordless/magic-link/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify Magic Link
         * @description The link in the email. Signs the person in once (creating the user on a first sign-in)
         *     and answers an HTML page titled "SSOJet | Successfully verified"; with the client's
         *     `policy.magic_link_redirect` a 302 to that URL with `?state=` instead. A bad, used or
         *     expired link answers an HTML error page (400), and the journal explains why.
         */
        get: operations["verifyMagicLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwordless/magic-link/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ping Status
         * @description Polls an attempt: `{authenticated: false}` until it is verified, then the tokens and the
         *     user, the same on every poll until the state's 15 minutes end (then 400
         *     `state_expired`). Takes the state of any attempt of the client (magic link, email or
         *     SMS code) and a passkey `auth_code`. An unknown state is 400 `invalid_state_id`.
         */
        get: operations["pingMagicLinkStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwordless/magic-otp/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a Magic Auth Code
         * @description Opens an attempt and emails a one-time code (`policy.otp_length` digits, 6 by default)
         *     to `email`. The path is `magic-otp` (sic) while resend and verify are under
         *     `email-otp`, as SSOJet documents them; `email-otp/send` is a 404 that names this path.
         */
        post: operations["sendEmailOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwordless/email-otp/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend Magic Auth Code
         * @description A new code for the same state; the old one stops working and the 5 minutes start again.
         */
        post: operations["resendEmailOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwordless/email-otp/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify Magic Auth Code
         * @description The code of the latest send signs the person in (creating the user on a first sign-in)
         *     and uses the state up. A wrong code is 400 `invalid_otp`; after 5 wrong codes every
         *     verify of the state is 429 `otp_attempts_exceeded`.
         */
        post: operations["verifyEmailOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwordless/phone-otp/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send Magic Auth Code via SMS
         * @description Opens an attempt and texts a one-time code to `phone_id` (alias `phone`), an E.164
         *     number. Answers the state twice, as `state_id` (SSOJet's schema) and `state` (its prose).
         */
        post: operations["sendSmsOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwordless/phone-otp/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend Magic Auth Code via SMS
         * @description A new code for the same state; the old one stops working and the 5 minutes start again.
         */
        post: operations["resendSmsOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwordless/phone-otp/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Phone Magic Auth Verify
         * @description As Verify Magic Auth Code, for a texted code; the answer carries `status` and `message` too.
         */
        post: operations["verifySmsOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accesstoken/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Refresh Token
         * @description Exchanges a refresh token for a new access token and a new refresh token, answered in
         *     Ping Status's shape. Each refresh token works once: the call uses it up and the answer
         *     carries its successor. A used, expired, unknown or other client's refresh token is
         *     refused with 401 `invalid_refresh_token`, and the refusal uses nothing up. Access
         *     tokens issued before stay valid until their own `exp`.
         */
        get: operations["refreshToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso/oauth/accesstoken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Access Token By Auth Code
         * @description Exchanges the code an SSO sign-in ends with for tokens. The sandbox emulates no
         *     enterprise SSO flow, so codes are minted by `POST /__sandbox/sso/codes`. A code works
         *     once and for 5 minutes; a `state` bound at minting must come back with it. A bad code
         *     (unknown, another client's, used, expired) or a wrong state is a 400 `invalid_code`
         *     that uses nothing up.
         */
        get: operations["accessTokenByAuthCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify the sandbox's tokens */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OpenID Connect discovery document
         * @description Every endpoint under the issuer the request sees: `OIDC_ISSUER` exactly, else
         *     `<ISSUER>/oidc`, else `http://<Host header>/oidc`, so `issuer` is byte-equal to the URL
         *     the client was given (clients compare it byte for byte).
         */
        get: operations["oidcDiscovery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The issuer's JWKS (the same keys as /.well-known/jwks.json) */
        get: operations["oidcJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Authorization endpoint (code flow, PKCE S256)
         * @description Unknown client or unregistered `redirect_uri`: a 400 HTML page, never a redirect.
         *     Otherwise errors redirect back with `error`, `error_description`, `state` and `iss`
         *     (RFC 6749 §4.1.2.1, RFC 9207). A queued headless login (POST /__sandbox/oidc/login),
         *     `OIDC_LOGIN=auto` with a known `login_hint`, or a live session cookie (unless
         *     `prompt=login`) answer at once with a code; `prompt=none` without a session redirects
         *     with `error=login_required`; else the sign-in page.
         */
        get: operations["oidcAuthorize"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Token endpoint (authorization_code, refresh_token, client_credentials)
         * @description Form-encoded (RFC 6749 §4.1.3, §6, §4.4). Client authentication: HTTP Basic
         *     (client_secret_basic, form-urlencoded before base64), `client_id` + `client_secret`
         *     in the form (client_secret_post), or a public client's `client_id` alone with PKCE.
         *     Errors use the OAuth names in SSOJet's envelope; `invalid_client` is 401 with
         *     `WWW-Authenticate: Basic`.
         */
        post: operations["oidcToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/userinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** UserInfo (Bearer access token) */
        get: operations["oidcUserinfo"];
        put?: never;
        /** UserInfo (Bearer access token), by POST */
        post: operations["oidcUserinfoPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RP-initiated logout
         * @description Ends the user's sign-in sessions at the client named by `id_token_hint` (or
         *     `client_id`) and clears the session cookie; then redirects to a registered
         *     `post_logout_redirect_uri` with `state`, or shows a "signed out" page. An
         *     unregistered `post_logout_redirect_uri` is a 400 HTML page, never a redirect.
         */
        get: operations["oidcLogout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Token revocation (RFC 7009)
         * @description Revokes a refresh token (and its grant). An unknown token answers 200 too (RFC 7009 §2.2).
         */
        post: operations["oidcRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alias of /oidc/authorize (ssokit's guide) */
        get: operations["oauthAuthorize"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Alias of /oidc/token (ssokit's guide; SSOJet's refresh-token page) */
        post: operations["oauthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/userinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alias of GET /oidc/userinfo */
        get: operations["oauthUserinfo"];
        put?: never;
        /** Alias of POST /oidc/userinfo */
        post: operations["oauthUserinfoPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alias of /oidc/logout */
        get: operations["oauthLogout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/sign-in/assets/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sign-in page's script and @simplewebauthn/browser's bundle */
        get: operations["oidcSignInAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/sign-in/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * "Email me a code" on the sign-in page (a form; no JavaScript needed)
         * @description Sends a 6-digit code to the email (it lands in the outbox, `/__sandbox/outbox/view`)
         *     and answers the page where it is typed. The authorization request rides along in the
         *     form's other fields. A bad email or authorization request: the page again, 400, saying why.
         */
        post: operations["oidcSignInEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/sign-in/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The emailed code, typed on the sign-in page (a form)
         * @description A right code signs the user in (creating them on a first sign-in), sets the session
         *     cookie, and answers the page that offers to add a passkey, with a link on to the app.
         */
        post: operations["oidcSignInEmailVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/sign-in/passkey/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authentication options for "Sign in with a passkey" (discoverable credentials)
         * @description RP ID is the host the page is served on; no identifier and no allowCredentials.
         */
        post: operations["oidcPasskeyOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/sign-in/passkey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish "Sign in with a passkey"; answers where to go back to
         * @description Verifies the assertion (through the same service as Finish Passkey Authentication), the
         *     user being the credential's; sets the session cookie and answers the redirect back to
         *     the app with a code (`amr` `["hwk","user"]` with user verification, else `["hwk"]`).
         */
        post: operations["oidcPasskeySignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/sign-in/passkey/register/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creation options for the offer to add a passkey (needs the session cookie) */
        post: operations["oidcPasskeyRegisterOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/sign-in/passkey/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store the passkey the offer created (needs the session cookie)
         * @description Verified through the same service as Complete Passkey Registration; the passkey is the user's like any other.
         */
        post: operations["oidcPasskeyRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness probe */
        get: operations["sandboxHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Back to a known state
         * @description Loads a scenario with a seed (defaults are the ones the sandbox started with).
         */
        post: operations["sandboxReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List clients (applications) */
        get: operations["sandboxListClients"];
        put?: never;
        /** Create a client (one per test gives isolation) */
        post: operations["sandboxCreateClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a client's users */
        get: operations["sandboxListUsers"];
        put?: never;
        /** Create a user of a client */
        post: operations["sandboxCreateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a user in without a ceremony
         * @description Issues the tokens a real sign-in would (e.g. the Bearer that passkey registration
         *     needs). With `identifier`, an unknown identifier becomes a new user, as a first
         *     passwordless sign-in would create one.
         */
        post: operations["sandboxCreateSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the whole state as one JSON document */
        get: operations["sandboxGetState"];
        /** Restore a state exported by GET */
        put: operations["sandboxPutState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the sandbox clock */
        get: operations["sandboxGetClock"];
        put?: never;
        /**
         * Pin, advance or release the sandbox clock
         * @description `{now}` pins the clock at an instant; `{advance_ms}` moves it forward (and pins it);
         *     `{pinned: false}` returns to real time. Challenge expiry, token times, credential
         *     timestamps and status `expires_at` all follow this clock.
         */
        post: operations["sandboxSetClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/authenticators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the virtual authenticators the sandbox holds */
        get: operations["sandboxListAuthenticators"];
        put?: never;
        /** Create a virtual authenticator (a software passkey device) held by the sandbox */
        post: operations["sandboxCreateAuthenticator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/authenticators/{authenticator_id}/create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id returned by POST /__sandbox/authenticators */
                authenticator_id: components["parameters"]["AuthenticatorId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * navigator.credentials.create() over HTTP
         * @description Takes the `publicKey` from Passkey Registration Initialize and an `origin`, and returns a
         *     real RegistrationResponseJSON, signed by a key the authenticator keeps. `fault` makes a
         *     deliberately broken response, to test a client's error handling.
         */
        post: operations["sandboxAuthenticatorCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/authenticators/{authenticator_id}/get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id returned by POST /__sandbox/authenticators */
                authenticator_id: components["parameters"]["AuthenticatorId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * navigator.credentials.get() over HTTP
         * @description Takes the `publicKey` from Initiate Passkey Login and an `origin`, and returns a real
         *     AuthenticationResponseJSON from one of the authenticator's credentials for that RP ID
         *     (`credential_id` picks one; default: the newest). `fault` breaks it on purpose.
         */
        post: operations["sandboxAuthenticatorGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/authenticators/{authenticator_id}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id returned by POST /__sandbox/authenticators */
                authenticator_id: components["parameters"]["AuthenticatorId"];
            };
            cookie?: never;
        };
        /** The credentials a virtual authenticator holds */
        get: operations["sandboxListAuthenticatorCredentials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/demo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The demo page (passkeys in a real browser)
         * @description A small page that drives SSOJet's passkey API from the browser with
         *     `navigator.credentials`: pick or create a user, register, list, rename and delete
         *     passkeys, sign in with one, see the token's claims and the journal's explanation of a
         *     refusal. `?client_id=` picks the client (default: the first one).
         */
        get: operations["sandboxDemo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/demo/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The demo page's script, style sheet, and @simplewebauthn/browser's bundle */
        get: operations["sandboxDemoAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request journal (SSOJet API calls, newest last)
         * @description A bounded ring buffer of the emulated API's requests (control API calls are not
         *     recorded). A refused WebAuthn ceremony carries an `explanation` naming the failed
         *     check with the expected and received values.
         */
        get: operations["sandboxListRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Faults waiting to fire */
        get: operations["sandboxListFaults"];
        put?: never;
        /**
         * Make the next calls of an operation fail or slow down
         * @description The next `count` calls of `operation` (an operationId of the emulated API) answer
         *     `status` with SSOJet's envelope (`error`, `error_description`) without running, or,
         *     with only `delay_ms`, run normally after a delay. A fault never changes state.
         *     With `drop_delivery: true` the call answers as usual but the email or SMS it sends never
         *     reaches the outbox (a lost message): the next `count` calls of `operation`, or without
         *     `operation` the next `count` messages of any call.
         */
        post: operations["sandboxCreateFault"];
        /** Remove every fault */
        delete: operations["sandboxClearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The emails and SMS the sandbox "sent", oldest first
         * @description Magic links, email and SMS codes and MFA out-of-band codes, as a local mail catcher
         *     keeps them (at most the newest 1000). Not part of the state document; a restored
         *     attempt still holds its code. `after` (a message id) lists only later messages,
         *     `limit` only the newest n.
         */
        get: operations["sandboxListOutbox"];
        put?: never;
        post?: never;
        /** Empty the outbox */
        delete: operations["sandboxClearOutbox"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/outbox/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wait for the next matching message (long poll)
         * @description Answers with the first message matching the filters that was delivered after `after`
         *     (without `after`: the oldest matching one), already there or the next to arrive. If
         *     none arrives within `timeout_ms` (default 5000, at most 30000): 404 `outbox_timeout`
         *     naming what was awaited (not 408, which some HTTP clients retry by themselves).
         */
        get: operations["sandboxNextOutboxMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/outbox/view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The outbox as a web page (newest first, refreshing itself)
         * @description Like a local mail catcher (Mailpit) - each link clickable, each code large.
         */
        get: operations["sandboxOutboxView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/mfa/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's current TOTP code, as their authenticator app shows it
         * @description The enrolment's secret (pending or active), its code on the sandbox clock, and when that code's 30 s step ends.
         */
        get: operations["sandboxGetMfaTotp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/sso/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a code for Access Token By Auth Code
         * @description What an SSO sign-in would end with: a code for one user of a client (by `user_id` or
         *     `identifier`), working once and for 5 minutes (sandbox clock) with
         *     `GET /api/v1/sso/oauth/accesstoken`. A `state` given here must come back with the
         *     exchange; without one, the exchange takes any state or none.
         */
        post: operations["sandboxCreateSsoCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List All Users
         * @description A page of the client's users, in the order created.
         */
        get: operations["listUsers"];
        put?: never;
        /** Create a User */
        post: operations["createUser"];
        /**
         * Delete User By User Id, as SSOJet's sample calls it (no id)
         * @description SSOJet's sample path has no user id; this answers 400 naming the missing id and the path to call.
         */
        delete: operations["deleteUserWithoutId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List All Users (the header URL SSOJet's page shows) */
        get: operations["listUsersAlias"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (`_id`) */
                userid: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        /** GET User By User Id */
        get: operations["getUser"];
        /** Update User by User Id */
        put: operations["updateUser"];
        post?: never;
        /**
         * Delete User By User Id
         * @description A hard delete that cascades to the user's passkeys, refresh tokens, MFA factors,
         *     memberships and login logs: their tokens stop working and their passkeys no longer sign
         *     in. SSOJet's sample sends `Authorization: Bearer`; it is accepted and not needed.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{useremail}/email": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's email (matched case-insensitively) */
                useremail: string;
            };
            cookie?: never;
        };
        /** GET User by User Email Address */
        get: operations["getUserByEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userid}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (`_id`) */
                userid: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify User Status By User Id */
        post: operations["verifyUserStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userid}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (`_id`) */
                userid: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /** Manage User Roles */
        put: operations["manageUserRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/identity/users/{userid}/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (`_id`) */
                userid: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        /**
         * GET Users Organizations
         * @description The organizations the user belongs to (their email domain is whitelisted, or POST
         *     /__sandbox/memberships made them a member), each with the user's roles and the names
         *     of those roles' permissions.
         */
        get: operations["getUserOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userid}/loginlogs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (`_id`) */
                userid: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        /**
         * GET User Login Logs
         * @description One entry per successful sign-in of any method, newest first. The sandbox knows no
         *     geography or device: `Country`, `City`, `Name`, `Os` and `Device` are "". SSOJet's
         *     sample sends `Authorization: Bearer`; it is accepted and not needed.
         */
        get: operations["getUserLoginLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add New Organization */
        post: operations["addOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/{organizationid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationid: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** Get Organization */
        get: operations["getOrganization"];
        /** Update Organization (the path of SSOJet's prose) */
        put: operations["updateOrganizationV1"];
        post?: never;
        /**
         * Delete Organization
         * @description Deletes the organization and its memberships.
         */
        delete: operations["deleteOrganization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/organization/{organizationid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationid: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update Organization
         * @description Merges what is sent. Membership by email domain follows at once.
         */
        put: operations["updateOrganization"];
        post?: never;
        /** Delete Organization (under /api/account/, as Update Organization) */
        delete: operations["deleteOrganizationAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get All Organization */
        get: operations["listOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List All Roles
         * @description The client's roles in the order created; removed (soft-deleted) roles are left out.
         */
        get: operations["listRoles"];
        put?: never;
        /**
         * Create New Role
         * @description Answers the array of all roles, as SSOJet's example (ROLE_RESPONSE_SHAPE=object answers the new role).
         */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roleId: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update Existing Role
         * @description Merges what is sent; `permission_id` replaces the role's permissions.
         */
        put: operations["updateRole"];
        post?: never;
        /**
         * Remove Organization Role By Role Id
         * @description A soft delete; the role leaves every user that had it. The Owner role cannot be removed.
         */
        delete: operations["removeRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List All Permission */
        get: operations["listPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissions/{permissionid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                permissionid: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Update Permission By Permission Id */
        put: operations["updatePermission"];
        post?: never;
        /**
         * Remove Organization Permission By Permission Id
         * @description A soft delete; the permission also leaves every role's `permission_id`.
         */
        delete: operations["removePermission"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET Configuration By Client Id, and By Custom Domain
         * @description The login widget's configuration, built from the client record: its name, its
         *     `branding` over SSOJet's example branding, a MagicLink connection (its id is the users'
         *     `connection_id`), SSOJet's example redirect URL and localization, `passkey_auth` true.
         *     SSOJet documents two pages on this one path, told apart by the query: with `domain`
         *     (By Custom Domain) the client is the one whose `custom_domain` it is, a client id is
         *     optional and ignored, and `branding.branding_schema` is a **JSON string**; without it
         *     (By Client Id) `branding_schema` is an object.
         */
        get: operations["getConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a user a member of an organization, whatever their email domain */
        post: operations["sandboxCreateMembership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Headless OIDC logins still queued */
        get: operations["sandboxListOidcLogins"];
        put?: never;
        /**
         * Queue a headless OIDC login (CI without a browser)
         * @description The client's next `/authorize`, whatever its `prompt`, signs this user in without a page
         *     and makes a session like an interactive sign-in. `amr` is what the id_token will say
         *     (default `["hwk","user"]`). Cleared by reset.
         */
        post: operations["sandboxQueueOidcLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description GET Auth Status by identifier (CONTRACT-API F1); never carries tokens. */
        IdentifierAuthStatus: {
            authenticated: boolean;
            /** @enum {string} */
            status: "pending" | "verified" | "expired" | "none";
            /** @enum {string|null} */
            method: "magic_link" | "email_otp" | "sms_otp" | "passkey" | null;
            /** Format: date-time */
            expires_at: string | null;
        };
        /** @description Ping Status's answer once signed in (Refresh Token answers with it too). */
        SignedInStatus: components["schemas"]["AuthStatus"] & {
            /** @enum {boolean} */
            authenticated: true;
        };
        SsoAccessToken: {
            /** @description RS256 access-token JWT (typ at+jwt) */
            access_token: string;
            /** @enum {string} */
            token_type: "bearer";
            /** @description seconds (TOKEN_TTL) */
            expires_in: number;
            refresh_token: string;
            scope: string;
        };
        /** @description An email or SMS the sandbox "sent" (CONTRACT-API section 2) */
        OutboxMessage: {
            message_id: string;
            sequence: number;
            time: components["schemas"]["IsoDate"];
            client_id: components["schemas"]["ClientId"];
            /** @enum {string} */
            channel: "email" | "sms";
            /** @enum {string} */
            kind: "magic_link" | "email_otp" | "sms_otp" | "mfa_oob";
            to: string;
            subject?: string;
            text: string;
            /** @description the passwordless attempt's state, or for mfa_oob the oob_code of the MFA challenge the message belongs to */
            state: string;
            code?: string;
            /** @description the full .../magic-link/verify?client_id&state&magictext URL */
            link?: string;
            magictext?: string;
            expires_at: components["schemas"]["IsoDate"];
            /** @description 1 for the first send, one more per resend */
            send_no: number;
        };
        Error: {
            error: string;
            error_description: string;
            error_code: number;
        };
        /** @example 6694b09b68c33a9e3b8416b4 */
        ObjectId: string;
        /** @example cli_sandbox0000000000001 */
        ClientId: string;
        /** @description A client id as the query may carry it, empty meaning absent (CONTRACT-API F2). */
        ClientIdCarried: string;
        Base64Url: string;
        /**
         * Format: date-time
         * @example 2024-07-15T06:07:12.022Z
         */
        IsoDate: string;
        /** @example default */
        ScenarioName: string;
        /** @example 42 */
        Seed: number;
        StatusMessage: {
            /** @enum {string} */
            status: "success";
            message: string;
        };
        PasskeyLoginOptions: {
            auth_code: components["schemas"]["ObjectId"];
            publicKey: {
                challenge: components["schemas"]["Base64Url"];
                timeout: number;
                rpId: string;
                userVerification: components["schemas"]["UserVerification"];
                allowCredentials?: components["schemas"]["CredentialDescriptor"][];
            };
        };
        PasskeyRegistrationOptions: {
            auth_code: components["schemas"]["ObjectId"];
            publicKey: {
                rp: {
                    name: string;
                    id: string;
                };
                user: {
                    name: string;
                    displayName: string;
                    id: components["schemas"]["Base64Url"];
                };
                challenge: components["schemas"]["Base64Url"];
                pubKeyCredParams: {
                    /** @enum {string} */
                    type: "public-key";
                    alg: number;
                }[];
                timeout: number;
                authenticatorSelection: {
                    /** @enum {string} */
                    authenticatorAttachment?: "platform" | "cross-platform";
                    requireResidentKey: boolean;
                    /** @enum {string} */
                    residentKey: "required" | "preferred" | "discouraged";
                    userVerification: components["schemas"]["UserVerification"];
                };
                /** @enum {string} */
                attestation: "none" | "indirect" | "direct" | "enterprise";
                excludeCredentials?: components["schemas"]["CredentialDescriptor"][];
            };
        };
        /** @enum {string} */
        UserVerification: "required" | "preferred" | "discouraged";
        CredentialDescriptor: {
            id: components["schemas"]["Base64Url"];
            /** @enum {string} */
            type: "public-key";
            transports?: string[];
        };
        AuthenticatorTransports: string[];
        RegistrationResponseJSON: {
            id: components["schemas"]["Base64Url"];
            rawId: components["schemas"]["Base64Url"];
            /** @enum {string} */
            type: "public-key";
            /** @enum {string} */
            authenticatorAttachment?: "platform" | "cross-platform";
            clientExtensionResults?: object;
            response: {
                clientDataJSON: string;
                attestationObject: string;
                authenticatorData?: string;
                publicKey?: string;
                publicKeyAlgorithm?: number;
                transports?: components["schemas"]["AuthenticatorTransports"];
            };
        };
        AuthenticationResponseJSON: {
            id: components["schemas"]["Base64Url"];
            rawId: components["schemas"]["Base64Url"];
            /** @enum {string} */
            type: "public-key";
            /** @enum {string} */
            authenticatorAttachment?: "platform" | "cross-platform";
            clientExtensionResults?: object;
            response: {
                clientDataJSON: string;
                authenticatorData: string;
                signature: string;
                userHandle?: string;
            };
        };
        PasskeyLoginResult: {
            /** @description RS256 access-token JWT (typ at+jwt) */
            token: string;
            user_id: components["schemas"]["ObjectId"];
        };
        PasskeyStatus: {
            /** @enum {string} */
            status: "pending" | "verified" | "expired" | "none";
            /** Format: date-time */
            expires_at: string | null;
        };
        PasskeyCredential: {
            id: components["schemas"]["Base64Url"];
            Name: string | null;
            SignCount: number;
            LastUsedAt: components["schemas"]["IsoDate"];
            CreatedAt: components["schemas"]["IsoDate"];
            UpdatedAt: components["schemas"]["IsoDate"];
            /** @description base64url COSE public key */
            public_key: string;
            attestation_type: string;
            aaguid: string;
            transports: string[];
            backup_eligible: boolean;
            backup_state: boolean;
        };
        /** @description A PasskeyCredential with its owner, as kept in the state. */
        StoredCredential: {
            client_id: components["schemas"]["ClientId"];
            user_id: components["schemas"]["ObjectId"];
            id: components["schemas"]["Base64Url"];
            Name: string | null;
            SignCount: number;
            LastUsedAt: components["schemas"]["IsoDate"];
            CreatedAt: components["schemas"]["IsoDate"];
            UpdatedAt: components["schemas"]["IsoDate"];
            public_key: string;
            attestation_type: string;
            aaguid: string;
            transports: string[];
            backup_eligible: boolean;
            backup_state: boolean;
            /** @description Whether the attestation statement chained to a root the sandbox knows (the library's defaults or the client's attestation_roots); false for none, self and unknown roots. */
            trusted?: boolean;
        };
        AuthStatus: {
            authenticated: boolean;
            oauth?: {
                access_token: string;
                refresh_token: string;
                expires_at: components["schemas"]["IsoDate"];
                /** @enum {string} */
                token_type: "Bearer";
            };
            user?: components["schemas"]["SsojetUser"];
        };
        SsojetUser: {
            created_at: components["schemas"]["IsoDate"];
            updated_at: components["schemas"]["IsoDate"];
            issuer: string;
            user_id: components["schemas"]["ObjectId"];
            identifier: string;
            email: string;
            last_login_at: components["schemas"]["IsoDate"];
        };
        Jwks: {
            keys: {
                kty: string;
                kid: string;
                alg: string;
                use: string;
                n?: string;
                e?: string;
            }[];
        };
        ClientPolicy: {
            user_verification?: components["schemas"]["UserVerification"];
            /** @enum {string} */
            resident_key?: "required" | "preferred" | "discouraged";
            /** @enum {string|null} */
            authenticator_attachment?: "platform" | "cross-platform" | null;
            /** @enum {string} */
            attestation?: "none" | "indirect" | "direct" | "enterprise";
            /** @description accept clientDataJSON.crossOrigin true (iframes) */
            allow_cross_origin?: boolean;
            /**
             * @description The issuer an authenticator app shows for a TOTP enrolment (the dashboard's "Issuer Id"),
             *     in the `otpauth://totp/<issuer>:<account>` label and the `issuer` parameter. No colon:
             *     apps split the label at the first colon, encoded or not (Key Uri Format), so
             *     `Acme: Corp` would show the account ` Corp:alice@example.com`.
             */
            mfa_issuer?: string;
            /**
             * @description Under attestation "direct": a statement that chains to no known root is stored with trusted false (any, the default) or refused (known_roots).
             * @enum {string}
             */
            attestation_trust?: "any" | "known_roots";
            /** @description Accept RSASSA-PKCS1-v1_5 with SHA-1 (COSE -65535), offered and verified only when true; some TPMs still sign with it. */
            allow_rs1?: boolean;
            /** @description digits of an emailed or texted code (absent: 6) */
            otp_length?: number;
            /** @description every OTP of this client is this code, like a provider's test numbers (absent or null: the derived codes of CONTRACT-API section 3) */
            fixed_otp?: string | null;
            /** @description a verified magic link answers 302 to this URL with ?state= instead of the HTML page (absent or null: the page) */
            magic_link_redirect?: string | null;
        };
        /** @description Trust anchors per attestation format, added to @simplewebauthn/server's defaults (Google's for android-key and android-safetynet, Apple's for apple). */
        AttestationRoots: {
            packed?: components["schemas"]["PemList"];
            tpm?: components["schemas"]["PemList"];
            "fido-u2f"?: components["schemas"]["PemList"];
            "android-key"?: components["schemas"]["PemList"];
            "android-safetynet"?: components["schemas"]["PemList"];
            apple?: components["schemas"]["PemList"];
        };
        PemList: string[];
        /**
         * @description base64url (no padding) SHA-256 of an Android app's signing certificate; the app's origin is android:apk-key-hash:<hash>.
         * @example gx7sq_pxhxhrIQdLyfG0pxKwiJ7hOk2DJQ4xvKd438Q
         */
        ApkKeyHash: string;
        /**
         * @description An exact origin, or `scheme://host:*` for any port of that host.
         * @example http://localhost:*
         */
        Origin: string;
        /** @description An exact redirect URI (no fragment), or `scheme://host:*` for any port and path of that host. */
        RedirectUri: string;
        OidcDiscovery: {
            issuer: string;
            authorization_endpoint: string;
            token_endpoint: string;
            userinfo_endpoint: string;
            jwks_uri: string;
            end_session_endpoint: string;
            revocation_endpoint: string;
            response_types_supported: string[];
            response_modes_supported?: string[];
            grant_types_supported: string[];
            code_challenge_methods_supported: string[];
            token_endpoint_auth_methods_supported: string[];
            revocation_endpoint_auth_methods_supported?: string[];
            id_token_signing_alg_values_supported: string[];
            scopes_supported: string[];
            claims_supported: string[];
            subject_types_supported: string[];
            prompt_values_supported?: string[];
            authorization_response_iss_parameter_supported: boolean;
        };
        /** @description Unknown fields are ignored (RFC 6749 §3.2); a field sent twice is refused. */
        OidcTokenRequest: {
            grant_type?: string;
            code?: string;
            redirect_uri?: string;
            code_verifier?: string;
            refresh_token?: string;
            scope?: string;
            client_id?: string;
            client_secret?: string;
        };
        OidcRevokeRequest: {
            token?: string;
            token_type_hint?: string;
            client_id?: string;
            client_secret?: string;
        };
        OidcTokenResponse: {
            /** @description the REST API's at+jwt, with the OIDC issuer and the scope */
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            expires_in: number;
            /** @description absent for client_credentials */
            id_token?: string;
            /** @description opaque, rotated on every use; absent for client_credentials */
            refresh_token?: string;
            scope: string;
        };
        OidcUserinfo: {
            sub: components["schemas"]["ObjectId"];
            email?: string;
            email_verified?: boolean;
            name?: string;
            given_name?: string;
            family_name?: string;
        };
        /** @description The authorization request's parameters, as the sign-in page carries them from step to step. */
        OidcAuthorizationParams: {
            client_id?: string;
            redirect_uri?: string;
            response_type?: string;
            scope?: string;
            state?: string;
            nonce?: string;
            code_challenge?: string;
            code_challenge_method?: string;
            prompt?: string;
            login_hint?: string;
            max_age?: string;
        };
        /** @description A sign-in page form - the authorization request, and the step's own fields. Other fields are ignored. */
        OidcSignInForm: {
            client_id?: string;
            redirect_uri?: string;
            response_type?: string;
            scope?: string;
            state?: string;
            nonce?: string;
            code_challenge?: string;
            code_challenge_method?: string;
            prompt?: string;
            login_hint?: string;
            max_age?: string;
            email?: string;
            otp_state?: string;
            code?: string;
        };
        OidcPageRequest: {
            request: components["schemas"]["OidcAuthorizationParams"];
        };
        OidcPageAssertion: {
            request: components["schemas"]["OidcAuthorizationParams"];
            auth_code: string;
            passkey: string | components["schemas"]["AuthenticationResponseJSON"];
        };
        OidcPageAttestation: {
            request: components["schemas"]["OidcAuthorizationParams"];
            auth_code: string;
            passkey: string | components["schemas"]["RegistrationResponseJSON"];
        };
        QueuedOidcLogin: {
            client_id: components["schemas"]["ClientId"];
            login_id: components["schemas"]["ObjectId"];
            user_id: components["schemas"]["ObjectId"];
            amr: string[];
            created_at: components["schemas"]["IsoDate"];
        };
        OidcSession: {
            client_id: components["schemas"]["ClientId"];
            session_id: components["schemas"]["ObjectId"];
            user_id: components["schemas"]["ObjectId"];
            auth_time: number;
            amr: string[];
            created_at: components["schemas"]["IsoDate"];
            /** Format: date-time */
            ended_at: string | null;
        };
        /** @description An authorization code and the tokens it led to. */
        OidcGrant: {
            client_id: components["schemas"]["ClientId"];
            code: string;
            issuer: string;
            redirect_uri: string;
            scope: string;
            nonce: string | null;
            code_challenge: string | null;
            session_id: string | null;
            user_id: components["schemas"]["ObjectId"];
            auth_time: number;
            amr: string[];
            created_at: components["schemas"]["IsoDate"];
            code_expires_at: components["schemas"]["IsoDate"];
            /** Format: date-time */
            code_used_at: string | null;
            /** Format: date-time */
            revoked_at: string | null;
            revoked_reason: string | null;
            refresh_token: string | null;
            /** Format: date-time */
            refresh_expires_at: string | null;
            rotated: string[];
            issued: number;
        };
        /**
         * @description One origin, as a browser puts it in clientDataJSON (no wildcard), or an Android app's android:apk-key-hash:<hash>.
         * @example http://localhost:3000
         */
        ExactOrigin: string;
        ClientInput: {
            name?: string;
            rp_id?: string;
            rp_name?: string;
            origins?: components["schemas"]["Origin"][];
            policy?: components["schemas"]["ClientPolicy"];
            attestation_roots?: components["schemas"]["AttestationRoots"];
            android_apk_key_hashes?: components["schemas"]["ApkKeyHash"][];
            client_secret?: components["schemas"]["ClientSecret"];
            custom_domain?: components["schemas"]["CustomDomain"];
            branding?: components["schemas"]["BrandingInput"];
            redirect_uris?: components["schemas"]["RedirectUri"][];
            post_logout_redirect_uris?: components["schemas"]["RedirectUri"][];
            /** @description a public OIDC client: no secret, PKCE S256 required */
            public?: boolean;
        };
        /**
         * @description The host GET Configuration By Custom Domain (`GET /api/v1/config?domain=`) finds the client by; matched in any case, unique among clients.
         * @example login.example.com
         */
        CustomDomain: string;
        /** @description The login widget's branding (SSOJet's field names); each field set replaces SSOJet's example value in GET Configuration. */
        BrandingInput: {
            branding_schema?: components["schemas"]["BrandingSchema"];
            admin_branding_schema?: string;
            brand?: string;
            signature?: string;
            btn_color?: string;
            text_color?: string;
            background_image?: string;
            login_box_color?: string;
            background?: string;
            brand_logo?: string;
            favicon?: string;
            font?: {
                url: string;
                family: string;
            };
            lang?: string;
            white_label?: boolean;
            page_title?: string;
        };
        /**
         * @description The widget's style sections (SSOJet's `fontStyle`, `colorConfig`, `imageConfig`, …), two levels deep.
         * @example {
         *       "colorConfig": {
         *         "primary": "#4a00ff",
         *         "secondary": "#9ca3af",
         *         "error": "#ff0000"
         *       },
         *       "fontStyle": {
         *         "fontFamily": "Arial",
         *         "fontSize": "16"
         *       }
         *     }
         */
        BrandingSchema: {
            [key: string]: {
                [key: string]: string | number | boolean;
            };
        };
        /**
         * @description Sent in `x-client-secret` (MFA Access Token; management with MANAGEMENT_AUTH=secret).
         *     Seeded ones look like `sk_<20 base32>.<22 base62>`; a set one is any printable ASCII
         *     without spaces (`+ / = %` included, as OAuth client secrets may hold).
         * @example sk_0123456789abcdefghij.0123456789ABCDEFabcdef
         */
        ClientSecret: string;
        Client: {
            client_id: components["schemas"]["ClientId"];
            name: string;
            rp_id: string;
            rp_name: string;
            origins: components["schemas"]["Origin"][];
            client_secret: components["schemas"]["ClientSecret"];
            policy: WithRequired<components["schemas"]["ClientPolicy"], "user_verification" | "resident_key" | "authenticator_attachment" | "attestation" | "allow_cross_origin" | "mfa_issuer">;
            attestation_roots?: components["schemas"]["AttestationRoots"];
            android_apk_key_hashes?: components["schemas"]["ApkKeyHash"][];
            custom_domain?: components["schemas"]["CustomDomain"];
            branding?: components["schemas"]["BrandingInput"];
            redirect_uris?: components["schemas"]["RedirectUri"][];
            post_logout_redirect_uris?: components["schemas"]["RedirectUri"][];
            public?: boolean;
        };
        /**
         * @description The sandbox's one record of a person, whichever way they signed up. SSOJet's endpoints
         *     each render their own casing of it (`_id` vs `id`, `modified_at`, `LastLoginAt`).
         */
        User: {
            user_id: components["schemas"]["ObjectId"];
            client_id: components["schemas"]["ClientId"];
            /** @description "" for a user who signed up by phone */
            email: string;
            /** @description the email, or the E.164 phone number of an SMS sign-up */
            identifier: string;
            created_at: components["schemas"]["IsoDate"];
            updated_at: components["schemas"]["IsoDate"];
            /** Format: date-time */
            last_login_at: string | null;
            first_name: string;
            last_name: string;
            phone_id: string | null;
            email_verified: boolean;
            is_active: boolean;
            /** @description `ManualUser`, `Seeded`, or the first sign-in method (`magic_link`, `email_otp`, `sms_otp`) */
            connection_type: string;
            groups: components["schemas"]["UserAttributes"];
            raw_attributes: components["schemas"]["UserAttributes"];
            roles: components["schemas"]["ObjectId"][];
        };
        /** @description Free-form attributes of a user, one level deep (strings, numbers or booleans). */
        UserAttributes: {
            [key: string]: string | number | boolean;
        };
        /** @description UserAttributes, or null where the user has none (SSOJet's v1 user object). */
        NullableUserAttributes: {
            [key: string]: string | number | boolean;
        } | null;
        /** @description One successful sign-in (GET User Login Logs renders it in SSOJet's casing). */
        LoginLog: {
            id: components["schemas"]["ObjectId"];
            client_id: components["schemas"]["ClientId"];
            user_id: components["schemas"]["ObjectId"];
            method: string;
            ip: string;
            user_agent: string;
            created_at: components["schemas"]["IsoDate"];
        };
        Session: {
            access_token: string;
            refresh_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            expires_at: components["schemas"]["IsoDate"];
            user_id: components["schemas"]["ObjectId"];
        };
        ResetSummary: {
            scenario: components["schemas"]["ScenarioName"];
            seed: components["schemas"]["Seed"];
            clients: number;
            users: number;
            credentials: number;
        };
        /** @description The whole state. Take it from GET and give it back to PUT unchanged. */
        SandboxState: {
            /** @enum {integer} */
            version: 1;
            scenario: components["schemas"]["ScenarioName"];
            seed: components["schemas"]["Seed"];
            clock: {
                pinned: boolean;
                now?: components["schemas"]["IsoDate"];
            };
            rng: {
                counter: number;
            };
            clients: components["schemas"]["Client"][];
            users: components["schemas"]["User"][];
            credentials: components["schemas"]["StoredCredential"][];
            ceremonies: components["schemas"]["Ceremony"][];
            refresh_tokens: {
                token: string;
                client_id: components["schemas"]["ClientId"];
                user_id: components["schemas"]["ObjectId"];
                expires_at: components["schemas"]["IsoDate"];
            }[];
            authenticators: components["schemas"]["StoredAuthenticator"][];
            /** @description Absent in a document of an older sandbox (then empty), as every record collection below. */
            login_logs?: components["schemas"]["LoginLog"][];
            /** @description Magic-link, email-OTP and SMS-OTP attempts by state (the current code or magictext included). */
            passwordless_attempts?: components["schemas"]["PasswordlessAttemptRecord"][];
            /** @description Codes minted by POST /__sandbox/sso/codes for Access Token By Auth Code. */
            sso_codes?: {
                code: string;
                client_id: components["schemas"]["ClientId"];
                user_id: components["schemas"]["ObjectId"];
                state: string | null;
                created_at: components["schemas"]["IsoDate"];
                expires_at: components["schemas"]["IsoDate"];
            }[];
            mfa_enrollments?: components["schemas"]["MfaEnrollmentRecord"][];
            mfa_backup_codes?: components["schemas"]["MfaBackupCodesRecord"][];
            mfa_token_uses?: components["schemas"]["MfaTokenUseRecord"][];
            mfa_challenges?: components["schemas"]["MfaChallengeRecord"][];
            organizations?: components["schemas"]["StoredOrganization"][];
            memberships?: components["schemas"]["Membership"][];
            roles?: components["schemas"]["StoredRole"][];
            permissions?: components["schemas"]["StoredPermission"][];
            oidc_sessions?: components["schemas"]["OidcSession"][];
            oidc_grants?: components["schemas"]["OidcGrant"][];
            oidc_logins?: components["schemas"]["QueuedOidcLogin"][];
        };
        MfaAuthenticator: {
            id: string;
            /** @enum {string} */
            authenticator_type: "otp" | "oob" | "recovery-code";
            /** @enum {string} */
            oob_channel?: "email" | "sms";
            name: string;
            active: boolean;
            created_at: components["schemas"]["IsoDate"];
        };
        /** @description Verify Magic Auth Code's answer (CONTRACT-API.md §4 A7), which Validate MFA Token shares. */
        MfaSignIn: {
            /** @enum {boolean} */
            authenticated: true;
            access_token: string;
            refresh_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            expires_at: components["schemas"]["IsoDate"];
            profile: components["schemas"]["SignInProfile"];
        };
        /** @description The user as Verify Magic Auth Code shows it (`id`, `modified_at`, `LastLoginAt`). */
        SignInProfile: {
            id: components["schemas"]["ObjectId"];
            account_id: string;
            /** @description `ManualUser`, `Seeded`, or the sign-up method (`magic_link`, `email_otp`, `sms_otp`) */
            connection_type: string;
            email: string;
            first_name: string;
            last_name: string;
            created_at: components["schemas"]["IsoDate"];
            modified_at: components["schemas"]["IsoDate"];
            is_active: boolean;
            LastLoginAt: components["schemas"]["IsoDate"];
        };
        /** @description Phone Magic Auth Verify's answer, the union of SSOJet's `{status, message}` and its email twin's sign-in (CONTRACT-API §7 */
        SmsSignIn: {
            /** @enum {string} */
            status: "success";
            message: string;
            /** @enum {boolean} */
            authenticated: true;
            access_token: string;
            refresh_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            expires_at: components["schemas"]["IsoDate"];
            profile: components["schemas"]["SignInProfile"];
        };
        EmailSendBody: {
            /** @description the address to send to (a bad one is 400 invalid_email) */
            email: string;
        };
        StateBody: {
            /** @description the state the send returned */
            state: string;
        };
        OtpBody: {
            /** @description the state the send returned */
            state: string;
            /** @description the code sent (policy.otp_length digits, 6 by default) */
            otp: string;
        };
        PasswordlessState: {
            state: components["schemas"]["ObjectId"];
        };
        EmptyObject: Record<string, never>;
        PasswordlessAttemptRecord: {
            state: components["schemas"]["ObjectId"];
            client_id: components["schemas"]["ClientId"];
            /** @enum {string} */
            kind: "magic_link" | "email_otp" | "sms_otp";
            identifier: string;
            identifier_lc: string;
            send_no: number;
            code: string | null;
            magictext: string | null;
            created_at: components["schemas"]["IsoDate"];
            code_expires_at: components["schemas"]["IsoDate"];
            expires_at: components["schemas"]["IsoDate"];
            /** @enum {string} */
            status: "pending" | "verified";
            failures: number;
            user_id: string | null;
            token: {
                access_token: string;
                refresh_token: string;
                expires_at: components["schemas"]["IsoDate"];
            } | null;
        };
        MfaEnrollmentRecord: {
            id: string;
            client_id: components["schemas"]["ClientId"];
            user_id: components["schemas"]["ObjectId"];
            /** @enum {string} */
            authenticator_type: "otp";
            secret: string;
            active: boolean;
            created_at: components["schemas"]["IsoDate"];
            /** Format: date-time */
            activated_at: string | null;
        };
        MfaBackupCodesRecord: {
            client_id: components["schemas"]["ClientId"];
            user_id: components["schemas"]["ObjectId"];
            codes: string[];
            used: string[];
            created_at: components["schemas"]["IsoDate"];
        };
        MfaTokenUseRecord: {
            client_id: components["schemas"]["ClientId"];
            jti: string;
            user_id: components["schemas"]["ObjectId"];
            failures: number;
            expires_at: components["schemas"]["IsoDate"];
        };
        MfaChallengeRecord: {
            client_id: components["schemas"]["ClientId"];
            oob_code: string;
            user_id: components["schemas"]["ObjectId"];
            /** @enum {string} */
            channel: "email" | "sms";
            to: string;
            code: string;
            created_at: components["schemas"]["IsoDate"];
            expires_at: components["schemas"]["IsoDate"];
            used: boolean;
        };
        ClockState: {
            now: components["schemas"]["IsoDate"];
            pinned: boolean;
        };
        /**
         * @description ES256 (-7), EdDSA/Ed25519 (-8), RS256 (-257)
         * @enum {integer}
         */
        CoseAlgorithm: -7 | -8 | -257;
        AuthenticatorInput: {
            alg?: components["schemas"]["CoseAlgorithm"];
            /** @description sets the UV flag (default true) */
            uv?: boolean;
            /** @description sets the UP flag (default true) */
            up?: boolean;
            /** @description sets the BE flag (default false) */
            backup_eligible?: boolean;
            /** @description sets the BS flag (default false) */
            backup_state?: boolean;
            aaguid?: components["schemas"]["Aaguid"];
            sign_count?: number;
            transports?: components["schemas"]["AuthenticatorTransports"];
        };
        /** @example 00000000-0000-0000-0000-000000000000 */
        Aaguid: string;
        Authenticator: {
            authenticator_id: string;
            alg: components["schemas"]["CoseAlgorithm"];
            uv: boolean;
            up: boolean;
            backup_eligible: boolean;
            backup_state: boolean;
            aaguid: components["schemas"]["Aaguid"];
            sign_count: number;
            transports: string[];
            /** @description how many credentials it holds */
            credentials: number;
        };
        AuthenticatorCredential: {
            credential_id: components["schemas"]["Base64Url"];
            rp_id: string;
            user_handle: string;
            alg: components["schemas"]["CoseAlgorithm"];
            sign_count: number;
        };
        /**
         * @description Break the response on purpose: `wrong_origin` (clientDataJSON.origin is
         *     https://evil.example), `wrong_rp_id` (authData hashes evil.example), `wrong_challenge`,
         *     `wrong_type` (create/get swapped), `no_uv`, `no_up`, `cross_origin` (crossOrigin true),
         *     and for get only `bad_signature` and `counter_rollback` (the counter does not move).
         * @enum {string}
         */
        AuthenticatorFault: "wrong_origin" | "wrong_rp_id" | "wrong_challenge" | "wrong_type" | "no_uv" | "no_up" | "cross_origin" | "bad_signature" | "counter_rollback";
        /** @description The `publicKey` of Passkey Registration Initialize (PublicKeyCredentialCreationOptionsJSON) */
        CreationOptionsInput: {
            rp: {
                id?: string;
                name: string;
            };
            user: {
                id: components["schemas"]["Base64Url"];
                name: string;
                displayName: string;
            };
            challenge: components["schemas"]["Base64Url"];
            pubKeyCredParams: {
                type: string;
                alg: number;
            }[];
            excludeCredentials?: components["schemas"]["CredentialDescriptor"][];
        };
        /** @description The `publicKey` of Initiate Passkey Login (PublicKeyCredentialRequestOptionsJSON) */
        RequestOptionsInput: {
            challenge: components["schemas"]["Base64Url"];
            rpId?: string;
            allowCredentials?: components["schemas"]["CredentialDescriptor"][];
        };
        JournalEntry: {
            id: number;
            time: components["schemas"]["IsoDate"];
            method: string;
            path: string;
            /** @description the operationId, null when no operation matched */
            operation: string | null;
            status: number;
            client_id: string | null;
            error?: string;
            error_description?: string;
            /** @description for a refused WebAuthn ceremony: the failed check, with expected and received values */
            explanation?: string;
            /** @description the answer came from an injected fault */
            fault?: boolean;
        };
        Fault: {
            fault_id: string;
            /** @description null for a drop_delivery fault that drops any message */
            operation: string | null;
            /** @description null when the fault only delays */
            status: number | null;
            error: string | null;
            error_description: string | null;
            delay_ms: number;
            remaining: number;
            /** @description the call answers as usual and what it sends is lost */
            drop_delivery: boolean;
        };
        /** @description A virtual authenticator with its private keys, as kept in the state. */
        StoredAuthenticator: {
            authenticator_id: string;
            options: {
                alg: components["schemas"]["CoseAlgorithm"];
                uv: boolean;
                up: boolean;
                backupEligible: boolean;
                backupState: boolean;
                aaguid: components["schemas"]["Aaguid"];
                signCount: number;
                transports: string[];
            };
            credentials: {
                id: components["schemas"]["Base64Url"];
                rpId: string;
                userHandle: string;
                alg: components["schemas"]["CoseAlgorithm"];
                signCount: number;
                privateKeyPkcs8: string;
                publicKeyCose: string;
            }[];
        };
        Ceremony: {
            auth_code: components["schemas"]["ObjectId"];
            /** @enum {string} */
            kind: "login" | "registration";
            client_id: components["schemas"]["ClientId"];
            identifier: string | null;
            user_id: string | null;
            challenge: components["schemas"]["Base64Url"];
            created_at: components["schemas"]["IsoDate"];
            expires_at: components["schemas"]["IsoDate"];
            user_verification: components["schemas"]["UserVerification"];
            /** @enum {string} */
            status: "pending" | "verified" | "failed";
            token: {
                access_token: string;
                refresh_token: string;
                expires_at: components["schemas"]["IsoDate"];
            } | null;
        };
        /**
         * @description SSOJet's v1 user object (`_id`, `modified_at`, `LastLoginAt`; `null` for what the user has none of).
         * @example {
         *       "_id": "6694c154565dfee5166d1cc7",
         *       "account_id": "668e7e5946b448ab754b44a5",
         *       "connection_id": "668e7e5946b448ab754b44a6",
         *       "email": "user@example.com",
         *       "first_name": "Test1",
         *       "last_name": "Test1",
         *       "groups": null,
         *       "raw_attributes": null,
         *       "roles": null,
         *       "passkey_credential": null,
         *       "phone_id": "",
         *       "created_at": "2024-07-15T06:27:32.003Z",
         *       "modified_at": "2024-07-15T06:27:32.003Z",
         *       "email_verified": false,
         *       "is_active": true,
         *       "LastLoginAt": null,
         *       "tenants": null,
         *       "identities": null
         *     }
         */
        ManagedUser: {
            _id: components["schemas"]["ObjectId"];
            account_id: components["schemas"]["ObjectId"];
            connection_id: components["schemas"]["ObjectId"];
            organization_id?: string;
            email: string;
            first_name: string;
            last_name: string;
            groups: components["schemas"]["NullableUserAttributes"];
            raw_attributes: components["schemas"]["NullableUserAttributes"];
            roles: components["schemas"]["ObjectId"][] | null;
            passkey_credential: object | null;
            phone_id: string;
            created_at: components["schemas"]["IsoDate"];
            modified_at: components["schemas"]["IsoDate"];
            email_verified: boolean;
            is_active: boolean;
            /** Format: date-time */
            LastLoginAt: string | null;
            tenants: object | null;
            identities: unknown[] | null;
        };
        /** @description GET User by Email's casing of the user (`id`, `connection_type`). */
        UserByEmail: {
            id: components["schemas"]["ObjectId"];
            account_id: components["schemas"]["ObjectId"];
            connection_type: string;
            email: string;
            first_name: string;
            last_name: string;
            created_at: components["schemas"]["IsoDate"];
            modified_at: components["schemas"]["IsoDate"];
            is_active: boolean;
            /** Format: date-time */
            LastLoginAt: string | null;
        };
        UserOrganizations: {
            id: components["schemas"]["ObjectId"];
            email_id: string;
            organizations: {
                id: components["schemas"]["ObjectId"];
                Name: string;
                WhiteListDomains: string[] | null;
                AllowProfilesOutsideOrganization: boolean;
                domain: string;
                WorkspaceName: string;
                roles: {
                    role_id: components["schemas"]["ObjectId"];
                    role_name: string;
                    permissions: string[];
                }[];
                is_active: boolean;
                /** @enum {string} */
                status: "active";
            }[];
        };
        LoginLogs: {
            login_logs: {
                IpAddress: string;
                Country: string;
                City: string;
                UserAgent: string;
                Name: string;
                Os: string;
                Device: string;
                CreatedAt: components["schemas"]["IsoDate"];
            }[];
        };
        Domain: string;
        /** @description SSOJet's PascalCase request; `WhiteListDomain` is accepted for `WhiteListDomains`. */
        OrganizationInput: {
            Name?: string;
            WhiteListDomains?: components["schemas"]["Domain"][];
            WhiteListDomain?: components["schemas"]["Domain"][];
            AllowProfilesOutsideOrganization?: boolean;
            address?: string;
            website?: string;
            time_zone?: string;
            currency?: string;
        };
        /** @description The organization as Add and Get Organization show it (`WhiteListDomain`). */
        OrganizationSingular: {
            id: components["schemas"]["ObjectId"];
            name: string;
            WhiteListDomain: string[];
            WhiteListDomains?: string[];
            allow_profiles_outside_organization: boolean;
            sso_connection_token: string;
            domain: string;
            WorkspaceName: string;
            is_active: boolean;
        };
        /** @description The organization as Get All and Update Organization show it (`WhiteListDomains`). */
        OrganizationPlural: {
            id: components["schemas"]["ObjectId"];
            name: string;
            WhiteListDomain?: string[];
            WhiteListDomains: string[];
            allow_profiles_outside_organization: boolean;
            sso_connection_token: string;
            domain: string;
            WorkspaceName: string;
            is_active: boolean;
        };
        Slug: string;
        Role: {
            id: components["schemas"]["ObjectId"];
            name: string;
            slug: string;
            description: string;
            permission_id: components["schemas"]["ObjectId"][] | null;
            is_deleted: boolean;
            is_active: boolean;
        };
        Permission: {
            id: components["schemas"]["ObjectId"];
            name: string;
            slug: string;
            description: string;
            is_active: boolean;
            is_deleted: boolean;
        };
        Deleted: {
            /** @enum {boolean} */
            is_deleted: true;
        };
        Membership: {
            id: string;
            client_id: components["schemas"]["ClientId"];
            organization_id: components["schemas"]["ObjectId"];
            user_id: components["schemas"]["ObjectId"];
        };
        StoredRole: {
            id: components["schemas"]["ObjectId"];
            client_id: components["schemas"]["ClientId"];
            name: string;
            slug: components["schemas"]["Slug"];
            description: string;
            permission_id: components["schemas"]["ObjectId"][] | null;
            is_deleted: boolean;
            is_active: boolean;
        };
        StoredPermission: {
            id: components["schemas"]["ObjectId"];
            client_id: components["schemas"]["ClientId"];
            name: string;
            slug: components["schemas"]["Slug"];
            description: string;
            is_active: boolean;
            is_deleted: boolean;
        };
        StoredOrganization: {
            id: components["schemas"]["ObjectId"];
            client_id: components["schemas"]["ClientId"];
            name: string;
            white_list_domains: components["schemas"]["Domain"][];
            allow_profiles_outside_organization: boolean;
            sso_connection_token: string;
            domain: string;
            workspace_name: string;
            is_active: boolean;
            address: string;
            website: string;
            time_zone: string;
            currency: string;
        };
        /** @description GET Configuration By Client Id / By Custom Domain (ssojet-api.md §11.4, §11.5). */
        Configuration: {
            id: components["schemas"]["ObjectId"];
            name: string;
            client_id: components["schemas"]["ClientId"];
            branding: {
                /** @description An object by client id; a JSON string of it by custom domain, as SSOJet documents each. */
                branding_schema: components["schemas"]["BrandingSchema"] | string;
                admin_branding_schema: string;
                brand: string;
                signature: string;
                btn_color: string;
                text_color: string;
                background_image: string;
                login_box_color: string;
                background: string;
                brand_logo: string;
                favicon: string;
                font: {
                    url: string;
                    family: string;
                };
                lang: string;
                white_label: boolean;
                page_title: string;
                background_style: object | null;
                input_style: object | null;
                social_button: object | null;
                logo_style: object | null;
                login_box_style: object | null;
                page_submit_button_style: object | null;
            };
            connection: {
                provider: string;
                connection_id: components["schemas"]["ObjectId"];
                is_sso_connection: boolean;
                is_oauth_connection: boolean;
            }[];
            default_redirect_url: string;
            auth_config: {
                webauthn: boolean;
                passkey_auth: boolean;
                social: object | null;
            };
            localization: {
                language: string;
                iso_code: string;
                /** @enum {string} */
                direction: "ltr" | "rtl";
                login: object;
            };
        };
    };
    responses: {
        /** @description An error, in SSOJet's envelope */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many failed sign-ins (passkey, code or magic link) for this identifier or IP address in the current window (sandbox defaults: 30 per identifier, 300 per IP, 15 minutes; `RATE_LIMITS=off` disables). Only failed verifications count. Not documented by SSOJet (x-fidelity: inferred from its brute-force protection pages). */
        TooManyAttempts: {
            headers: {
                /** @description Seconds until the window ends and sign-ins are accepted again */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "too_many_attempts",
                 *       "error_description": "Too many failed sign-ins for identifier alice@example.com (30 of 30 allowed in 15 minutes); retry after 840 s, or start the sandbox with RATE_LIMITS=off (or POST /__sandbox/reset) to lift the limit",
                 *       "error_code": 2206
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Only messages of this client */
        OutboxClientId: components["schemas"]["ClientId"];
        /** @description Only messages to this address or phone number (emails compared case-insensitively) */
        OutboxTo: string;
        OutboxKind: "magic_link" | "email_otp" | "sms_otp" | "mfa_oob";
        /** @description Only messages of this passwordless attempt (its 24-hex `state`) or MFA challenge (its 52-hex `oob_code`, which `mfa_oob` messages carry as their `state`) */
        OutboxState: string;
        /** @description A message id - only messages delivered after it */
        OutboxAfter: string;
        /**
         * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
         *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
         *     two different non-empty values are a 400 `client_id_conflict`.
         */
        ClientIdQuery: components["schemas"]["ClientIdCarried"] | components["schemas"]["ClientIdCarried"][];
        /**
         * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
         *     a repeated header arrives joined by commas and counts by its first non-empty value.
         */
        ClientIdHeader: string;
        /** @description The user's email or other unique identifier */
        Identifier: string;
        /** @description The `auth_code` returned by the ceremony's initialize call */
        AuthCode: components["schemas"]["ObjectId"];
        /** @description The `state` a send returned (any text is taken; an unknown one is 400 invalid_state_id) */
        PasswordlessStateQuery: string;
        /** @description The id returned by POST /__sandbox/authenticators */
        AuthenticatorId: string;
        /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
        ClientSecretHeader: string;
        /** @description The user's id (`_id`) */
        UserIdPath: components["schemas"]["ObjectId"];
        OrganizationId: components["schemas"]["ObjectId"];
        /** @description The credential id (base64url), the `id` from List User PassKey Credentials */
        PasskeyId: components["schemas"]["Base64Url"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    initiatePasskeyLogin: {
        parameters: {
            query: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
                /** @description The user's email or other unique identifier */
                identifier: components["parameters"]["Identifier"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description WebAuthn request options */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "auth_code": "6694b09b68c33a9e3b8416b4",
                     *       "publicKey": {
                     *         "challenge": "6wHnsP-UHiRUF_NqRlgxOfQ-UNf-F4pKy7WiL7ijbM4",
                     *         "timeout": 300000,
                     *         "rpId": "localhost",
                     *         "userVerification": "preferred"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PasskeyLoginOptions"];
                };
            };
            429: components["responses"]["TooManyAttempts"];
            default: components["responses"]["Error"];
        };
    };
    finishPasskeyAuthentication: {
        parameters: {
            query: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
                /** @description The `auth_code` returned by the ceremony's initialize call */
                auth_code: components["parameters"]["AuthCode"];
                /** @description The user's email or other unique identifier */
                identifier: components["parameters"]["Identifier"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description AuthenticationResponseJSON, as an object or a JSON string */
                    passkey: string | components["schemas"]["AuthenticationResponseJSON"];
                } | components["schemas"]["AuthenticationResponseJSON"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyLoginResult"];
                };
            };
            429: components["responses"]["TooManyAttempts"];
            default: components["responses"]["Error"];
        };
    };
    passkeyRegistrationInitialize: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description WebAuthn creation options */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "auth_code": "6694ba22295723f812d44565",
                     *       "publicKey": {
                     *         "rp": {
                     *           "name": "127.0.0.1",
                     *           "id": "127.0.0.1"
                     *         },
                     *         "user": {
                     *           "name": "asdasdsadsa@mail7.io",
                     *           "displayName": "asdasdsadsa@mail7.io",
                     *           "id": "NjY5NGI4YWI5YjQxZDNjYTAxZTU4MGQz"
                     *         },
                     *         "challenge": "fiea4RXduN3c8ibndqqUMOXR9QbMtFsr5ETHP_ceQH8",
                     *         "pubKeyCredParams": [
                     *           {
                     *             "type": "public-key",
                     *             "alg": -7
                     *           },
                     *           {
                     *             "type": "public-key",
                     *             "alg": -35
                     *           },
                     *           {
                     *             "type": "public-key",
                     *             "alg": -36
                     *           },
                     *           {
                     *             "type": "public-key",
                     *             "alg": -257
                     *           },
                     *           {
                     *             "type": "public-key",
                     *             "alg": -258
                     *           },
                     *           {
                     *             "type": "public-key",
                     *             "alg": -259
                     *           },
                     *           {
                     *             "type": "public-key",
                     *             "alg": -37
                     *           },
                     *           {
                     *             "type": "public-key",
                     *             "alg": -38
                     *           },
                     *           {
                     *             "type": "public-key",
                     *             "alg": -39
                     *           },
                     *           {
                     *             "type": "public-key",
                     *             "alg": -8
                     *           }
                     *         ],
                     *         "timeout": 300000,
                     *         "authenticatorSelection": {
                     *           "authenticatorAttachment": "platform",
                     *           "requireResidentKey": true,
                     *           "residentKey": "required",
                     *           "userVerification": "preferred"
                     *         },
                     *         "attestation": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PasskeyRegistrationOptions"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    completePasskeyRegistration: {
        parameters: {
            query: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
                /** @description The `auth_code` returned by the ceremony's initialize call */
                auth_code: components["parameters"]["AuthCode"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description RegistrationResponseJSON, as an object or a JSON string */
                    passkey: string | components["schemas"]["RegistrationResponseJSON"];
                    /** Format: email */
                    email?: string;
                } | components["schemas"]["RegistrationResponseJSON"];
            };
        };
        responses: {
            /** @description Passkey stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "message": "Passkey registered successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["StatusMessage"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    checkPasskeyAuthStatus: {
        parameters: {
            query: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
                /** @description The user's email or other unique identifier */
                identifier: components["parameters"]["Identifier"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status of the latest login ceremony */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "pending",
                     *       "expires_at": "2024-07-15T06:12:12.022Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PasskeyStatus"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listPasskeyCredentials: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user's passkeys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "VIkoK83YpqrxBOXR_o5f2GtDorzYnAxlkozY-Dya3Uc",
                     *         "Name": null,
                     *         "SignCount": 0,
                     *         "LastUsedAt": "2024-07-15T06:07:12.022Z",
                     *         "CreatedAt": "2024-07-15T06:07:12.022Z",
                     *         "UpdatedAt": "0001-01-01T00:00:00Z",
                     *         "public_key": "pQECAyYgASFYIBe1eZJq6yDWrTwFXMX1Ka-6IgTtSK-JG42Eg5X6rYP2IlggydOG0lYwWx2TwPY8yiTR_-4nDQBb4YLeQ07brUDkQVk",
                     *         "attestation_type": "none",
                     *         "aaguid": "00000000-0000-0000-0000-000000000000",
                     *         "transports": [
                     *           "internal"
                     *         ],
                     *         "backup_eligible": false,
                     *         "backup_state": false
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["PasskeyCredential"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deletePasskey: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path: {
                /** @description The credential id (base64url), the `id` from List User PassKey Credentials */
                passkeyid: components["parameters"]["PasskeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "message": "Passkey deleted successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["StatusMessage"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    updatePasskeyName: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path: {
                /** @description The credential id (base64url), the `id` from List User PassKey Credentials */
                passkeyid: components["parameters"]["PasskeyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Work laptop"
                 *     }
                 */
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Renamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "message": "Passkey name updated successfully"
                     *     }
                     */
                    "application/json": components["schemas"]["StatusMessage"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getAuthStatus: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
                /** @description The email or E.164 phone number whose latest sign-in attempt to report (no tokens) */
                identifier?: string;
                /** @description Sandbox extension: a send's `state` or a passkey `auth_code` (Ping Status's answer) */
                state?: components["schemas"]["ObjectId"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identifier's latest attempt (by identifier) or the sign-in's outcome (by state) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentifierAuthStatus"] | components["schemas"]["AuthStatus"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    mfaAccessToken: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (`client_secret` in GET /__sandbox/clients); required here. */
                "x-client-secret"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "identifier": "alice@example.com"
                 *     }
                 */
                "application/json": {
                    /** @description the user's email or E.164 phone */
                    identifier: string;
                };
            };
        };
        responses: {
            /** @description The mfa_token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description RS256 at+jwt, scope "mfa" */
                        mfa_token: string;
                        /** @enum {string} */
                        token_type: "Bearer";
                        /** @description seconds (MFA_TOKEN_TTL: 300) */
                        expires_in: number;
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listMfaAuthenticators: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The factors, TOTP first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaAuthenticator"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    enrollMfaTotp: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The pending enrolment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "authenticator_type": "otp",
                     *       "secret": "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
                     *       "barcode_uri": "otpauth://totp/ssojet-sandbox:alice%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ssojet-sandbox&algorithm=SHA1&digits=6&period=30"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        authenticator_type: "otp";
                        /** @description base32 (RFC 4648) of 20 seeded bytes */
                        secret: string;
                        barcode_uri: string;
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    initiateMfa: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "authenticator_type": "oob",
                 *       "oob_channels": "email"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    authenticator_type: "otp" | "oob";
                    /**
                     * @description required with oob
                     * @enum {string}
                     */
                    oob_channels?: "sms" | "email";
                };
            };
        };
        responses: {
            /** @description The challenge */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        challenge_type: "otp" | "oob";
                        oob_code?: string;
                        /** @enum {string} */
                        binding_method?: "prompt";
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getMfaQrCode: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The QR code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            default: components["responses"]["Error"];
        };
    };
    validateMfaToken: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "otp": "802895"
                 *     }
                 */
                "application/json": {
                    /** @description TOTP code, backup code, or the out-of-band code */
                    otp: string;
                    oob_code?: string;
                };
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaSignIn"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getMfaBackupCodes: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unused codes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        backup_codes: string[];
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sendMagicLink: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "user@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["EmailSendBody"];
            };
        };
        responses: {
            /** @description The attempt's state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "state": "646616daf9a276fa9a6446a1"
                     *     }
                     */
                    "application/json": components["schemas"]["PasswordlessState"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    resendMagicLink: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StateBody"];
            };
        };
        responses: {
            /** @description Sent again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    verifyMagicLink: {
        parameters: {
            query: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
                /** @description The `state` a send returned (any text is taken; an unknown one is 400 invalid_state_id) */
                state: components["parameters"]["PasswordlessStateQuery"];
                /** @description The one-time text of the link (43 base64url characters) */
                magictext: string;
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Signed in; on to the client's `policy.magic_link_redirect` with `?state=` */
            302: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A bad, used or expired link (an HTML page), or a malformed request (the envelope) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed sign-ins (an HTML page), or a client's limit (the envelope) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["Error"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    pingMagicLinkStatus: {
        parameters: {
            query: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
                /** @description The `state` a send returned (any text is taken; an unknown one is 400 invalid_state_id) */
                state: components["parameters"]["PasswordlessStateQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attempt's outcome */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "authenticated": false
                     *     }
                     */
                    "application/json": components["schemas"]["AuthStatus"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sendEmailOtp: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "user@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["EmailSendBody"];
            };
        };
        responses: {
            /** @description The attempt's state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "state": "646616daf9a276fa9a6446a1"
                     *     }
                     */
                    "application/json": components["schemas"]["PasswordlessState"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    resendEmailOtp: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StateBody"];
            };
        };
        responses: {
            /** @description Sent again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    verifyEmailOtp: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "state": "646616daf9a276fa9a6446a1",
                 *       "otp": "123456"
                 *     }
                 */
                "application/json": components["schemas"]["OtpBody"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaSignIn"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sendSmsOtp: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phone_id": "+14155550123"
                 *     }
                 */
                "application/json": {
                    /** @description E.164, e.g. +14155550123 */
                    phone_id?: string;
                    /** @description an alias of phone_id */
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description The attempt's state, twice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        state_id: components["schemas"]["ObjectId"];
                        state: components["schemas"]["ObjectId"];
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    resendSmsOtp: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StateBody"];
            };
        };
        responses: {
            /** @description Sent again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    verifySmsOtp: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpBody"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsSignIn"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    refreshToken: {
        parameters: {
            query: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
                /** @description The `refresh_token` of the latest sign-in or refresh */
                refresh_token: string;
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new pair of tokens, and the user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "authenticated": true,
                     *       "oauth": {
                     *         "access_token": "eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCJ9.e30.c2ln",
                     *         "refresh_token": "rt_8OVbvLf8mQYSR3Y7yhCHqqZcJUlKtm6xhiKLQWAP4_o",
                     *         "expires_at": "2026-01-01T01:00:00.000Z",
                     *         "token_type": "Bearer"
                     *       },
                     *       "user": {
                     *         "created_at": "2026-01-01T00:00:00.000Z",
                     *         "updated_at": "2026-01-01T00:00:00.000Z",
                     *         "issuer": "http://127.0.0.1:8787",
                     *         "user_id": "6694b8ab9b41d3ca01e580d3",
                     *         "identifier": "alice@example.com",
                     *         "email": "alice@example.com",
                     *         "last_login_at": "2026-01-01T00:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SignedInStatus"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    accessTokenByAuthCode: {
        parameters: {
            query: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
                /** @description The code (from POST /__sandbox/sso/codes in the sandbox) */
                code: string;
                /** @description The state bound to the code when it was minted, if one was */
                state?: string;
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCJ9.e30.c2ln",
                     *       "token_type": "bearer",
                     *       "expires_in": 3600,
                     *       "refresh_token": "rt_8OVbvLf8mQYSR3Y7yhCHqqZcJUlKtm6xhiKLQWAP4_o",
                     *       "scope": "openid profile email"
                     *     }
                     */
                    "application/json": components["schemas"]["SsoAccessToken"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON Web Key Set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oidcDiscovery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The discovery document (OIDC Discovery 1.0 §3, RFC 8414) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcDiscovery"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oidcJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON Web Key Set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oidcAuthorize: {
        parameters: {
            query?: {
                client_id?: string;
                redirect_uri?: string;
                response_type?: string;
                scope?: string;
                /** @description echoed byte for byte */
                state?: string;
                /** @description echoed in the id_token byte for byte */
                nonce?: string;
                code_challenge?: string;
                code_challenge_method?: string;
                prompt?: string;
                login_hint?: string;
                max_age?: string;
                /** @description accepted and ignored (query is the only mode) */
                response_mode?: string;
                /** @description accepted and ignored */
                ui_locales?: string;
                /** @description accepted and ignored */
                display?: string;
                /** @description accepted and ignored */
                acr_values?: string;
                /** @description accepted and ignored */
                id_token_hint?: string;
                /** @description accepted and ignored */
                resource?: string;
                /** @description Any other parameter is ignored, as RFC 6749 §3.1 requires of an authorization server (a client's own extensions). */
                other?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sign-in page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Back to the client's redirect_uri with `code`, `state`, `iss`, or with `error`, `error_description`, `state`, `iss` */
            302: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An HTML error page (unknown client, missing or unregistered redirect_uri); no redirect; a request the spec refuses (a parameter too long) is a JSON error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["Error"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oidcToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OidcTokenRequest"];
            };
        };
        responses: {
            /** @description Tokens (Cache-Control no-store) */
            200: {
                headers: {
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcTokenResponse"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    oidcUserinfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcUserinfo"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oidcUserinfoPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcUserinfo"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oidcLogout: {
        parameters: {
            query?: {
                id_token_hint?: string;
                post_logout_redirect_uri?: string;
                state?: string;
                client_id?: string;
                /** @description accepted and ignored */
                logout_hint?: string;
                /** @description accepted and ignored */
                ui_locales?: string;
                /** @description Any other parameter is ignored, as RFC 6749 §3.1 requires of an authorization server (a client's own extensions). */
                other?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The "signed out" page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Back to the post_logout_redirect_uri, with `state` */
            302: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An HTML error page (unregistered post_logout_redirect_uri, foreign id_token_hint); no redirect; a request the spec refuses (a parameter too long) is a JSON error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["Error"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oidcRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OidcRevokeRequest"];
            };
        };
        responses: {
            /** @description Revoked, or never known */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    oauthAuthorize: {
        parameters: {
            query?: {
                client_id?: string;
                redirect_uri?: string;
                response_type?: string;
                scope?: string;
                /** @description echoed byte for byte */
                state?: string;
                /** @description echoed in the id_token byte for byte */
                nonce?: string;
                code_challenge?: string;
                code_challenge_method?: string;
                prompt?: string;
                login_hint?: string;
                max_age?: string;
                /** @description accepted and ignored (query is the only mode) */
                response_mode?: string;
                /** @description accepted and ignored */
                ui_locales?: string;
                /** @description accepted and ignored */
                display?: string;
                /** @description accepted and ignored */
                acr_values?: string;
                /** @description accepted and ignored */
                id_token_hint?: string;
                /** @description accepted and ignored */
                resource?: string;
                /** @description Any other parameter is ignored, as RFC 6749 §3.1 requires of an authorization server (a client's own extensions). */
                other?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sign-in page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Back to the client's redirect_uri with `code`, `state`, `iss`, or with `error`, `error_description`, `state`, `iss` */
            302: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An HTML error page (unknown client, missing or unregistered redirect_uri); no redirect; a request the spec refuses (a parameter too long) is a JSON error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["Error"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oauthToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OidcTokenRequest"];
            };
        };
        responses: {
            /** @description Tokens (Cache-Control no-store) */
            200: {
                headers: {
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcTokenResponse"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    oauthUserinfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcUserinfo"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oauthUserinfoPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcUserinfo"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oauthLogout: {
        parameters: {
            query?: {
                id_token_hint?: string;
                post_logout_redirect_uri?: string;
                state?: string;
                client_id?: string;
                /** @description accepted and ignored */
                logout_hint?: string;
                /** @description accepted and ignored */
                ui_locales?: string;
                /** @description Any other parameter is ignored, as RFC 6749 §3.1 requires of an authorization server (a client's own extensions). */
                other?: {
                    [key: string]: unknown;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The "signed out" page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Back to the post_logout_redirect_uri, with `state` */
            302: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An HTML error page (unregistered post_logout_redirect_uri, foreign id_token_hint); no redirect; a request the spec refuses (a parameter too long) is a JSON error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["Error"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oidcSignInAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset: "sign-in.js" | "simplewebauthn-browser.js";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script (served from the installed packages, no CDN) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oidcSignInEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OidcSignInForm"];
            };
        };
        responses: {
            /** @description The next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The page again, saying what to fix; a request the spec refuses is a JSON error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["Error"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oidcSignInEmailVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OidcSignInForm"];
            };
        };
        responses: {
            /** @description The next page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The page again, saying what to fix; a request the spec refuses is a JSON error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["Error"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oidcPasskeyOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OidcPageRequest"];
            };
        };
        responses: {
            /** @description `auth_code` and `publicKey` (PublicKeyCredentialRequestOptionsJSON) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyLoginOptions"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oidcPasskeySignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OidcPageAssertion"];
            };
        };
        responses: {
            /** @description The URL to go to (the app's redirect_uri with code, state and iss) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        redirect: string;
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oidcPasskeyRegisterOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OidcPageRequest"];
            };
        };
        responses: {
            /** @description `auth_code` and `publicKey` (PublicKeyCredentialCreationOptionsJSON) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyRegistrationOptions"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    oidcPasskeyRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OidcPageAttestation"];
            };
        };
        responses: {
            /** @description Registered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusMessage"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    scenario?: components["schemas"]["ScenarioName"];
                    seed?: components["schemas"]["Seed"];
                };
            };
        };
        responses: {
            /** @description Summary of the new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetSummary"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxListClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All clients */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxCreateClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "my-test",
                 *       "rp_id": "localhost",
                 *       "origins": [
                 *         "http://localhost:3000"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ClientInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxListUsers: {
        parameters: {
            query: {
                client_id: components["schemas"]["ClientId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client's users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxCreateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": "cli_sandbox0000000000001",
                 *       "email": "carol@example.com"
                 *     }
                 */
                "application/json": {
                    client_id: components["schemas"]["ClientId"];
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxCreateSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": "cli_sandbox0000000000001",
                 *       "identifier": "alice@example.com"
                 *     }
                 */
                "application/json": {
                    client_id: components["schemas"]["ClientId"];
                    user_id?: components["schemas"]["ObjectId"];
                    identifier?: string;
                };
            };
        };
        responses: {
            /** @description Tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxGetState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxState"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxPutState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxState"];
            };
        };
        responses: {
            /** @description Restored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetSummary"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxGetClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sandbox time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "now": "2026-01-01T00:00:00.000Z",
                     *       "pinned": true
                     *     }
                     */
                    "application/json": components["schemas"]["ClockState"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxSetClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "advance_ms": 300001
                 *     }
                 */
                "application/json": {
                    now?: components["schemas"]["IsoDate"];
                    advance_ms?: number;
                    /** @enum {boolean} */
                    pinned?: false;
                };
            };
        };
        responses: {
            /** @description The sandbox time after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockState"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxListAuthenticators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All virtual authenticators */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Authenticator"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxCreateAuthenticator: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "alg": -7,
                 *       "uv": true
                 *     }
                 */
                "application/json": components["schemas"]["AuthenticatorInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Authenticator"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxAuthenticatorCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id returned by POST /__sandbox/authenticators */
                authenticator_id: components["parameters"]["AuthenticatorId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    publicKey: components["schemas"]["CreationOptionsInput"];
                    origin: components["schemas"]["ExactOrigin"];
                    fault?: components["schemas"]["AuthenticatorFault"];
                };
            };
        };
        responses: {
            /** @description A RegistrationResponseJSON to send to Complete Passkey Registration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponseJSON"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxAuthenticatorGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id returned by POST /__sandbox/authenticators */
                authenticator_id: components["parameters"]["AuthenticatorId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    publicKey: components["schemas"]["RequestOptionsInput"];
                    origin: components["schemas"]["ExactOrigin"];
                    credential_id?: components["schemas"]["Base64Url"];
                    fault?: components["schemas"]["AuthenticatorFault"];
                };
            };
        };
        responses: {
            /** @description An AuthenticationResponseJSON to send to Finish Passkey Authentication */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthenticationResponseJSON"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxListAuthenticatorCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id returned by POST /__sandbox/authenticators */
                authenticator_id: components["parameters"]["AuthenticatorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its credentials (public parts only) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthenticatorCredential"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxDemo: {
        parameters: {
            query?: {
                /** @description The client the page works with (default the first one; the page also has a selector) */
                client_id?: components["schemas"]["ClientId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxDemoAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset: "demo.js" | "mfa.js" | "email-code.js" | "demo.css" | "simplewebauthn-browser.js";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The asset (served from the installed packages, no CDN) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                    "text/css": string;
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxListRequests: {
        parameters: {
            query?: {
                operation?: string;
                status?: number;
                client_id?: components["schemas"]["ClientId"];
                /** @description Only entries at or after this sandbox time */
                since?: components["schemas"]["IsoDate"];
                /** @description At most this many (the newest) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Journal entries, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntry"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxListFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Active faults */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fault"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxCreateFault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "operation": "finishPasskeyAuthentication",
                 *       "status": 503,
                 *       "count": 2
                 *     }
                 */
                "application/json": {
                    operation?: string;
                    status?: number;
                    error?: string;
                    error_description?: string;
                    delay_ms?: number;
                    count?: number;
                    drop_delivery?: boolean;
                };
            };
        };
        responses: {
            /** @description The fault */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fault"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxClearFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cleared: number;
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxListOutbox: {
        parameters: {
            query?: {
                /** @description Only messages of this client */
                client_id?: components["parameters"]["OutboxClientId"];
                /** @description Only messages to this address or phone number (emails compared case-insensitively) */
                to?: components["parameters"]["OutboxTo"];
                kind?: components["parameters"]["OutboxKind"];
                /** @description Only messages of this passwordless attempt (its 24-hex `state`) or MFA challenge (its 52-hex `oob_code`, which `mfa_oob` messages carry as their `state`) */
                state?: components["parameters"]["OutboxState"];
                /** @description A message id - only messages delivered after it */
                after?: components["parameters"]["OutboxAfter"];
                /** @description At most this many (the newest) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessage"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxClearOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many messages were removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cleared: number;
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxNextOutboxMessage: {
        parameters: {
            query?: {
                /** @description Only messages of this client */
                client_id?: components["parameters"]["OutboxClientId"];
                /** @description Only messages to this address or phone number (emails compared case-insensitively) */
                to?: components["parameters"]["OutboxTo"];
                kind?: components["parameters"]["OutboxKind"];
                /** @description Only messages of this passwordless attempt (its 24-hex `state`) or MFA challenge (its 52-hex `oob_code`, which `mfa_oob` messages carry as their `state`) */
                state?: components["parameters"]["OutboxState"];
                /** @description A message id - only messages delivered after it */
                after?: components["parameters"]["OutboxAfter"];
                timeout_ms?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessage"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxOutboxView: {
        parameters: {
            query?: {
                /** @description Only messages of this client */
                client_id?: components["parameters"]["OutboxClientId"];
                /** @description Only messages to this address or phone number (emails compared case-insensitively) */
                to?: components["parameters"]["OutboxTo"];
                kind?: components["parameters"]["OutboxKind"];
                /** @description Only messages of this passwordless attempt (its 24-hex `state`) or MFA challenge (its 52-hex `oob_code`, which `mfa_oob` messages carry as their `state`) */
                state?: components["parameters"]["OutboxState"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxGetMfaTotp: {
        parameters: {
            query: {
                client_id: components["schemas"]["ClientId"];
                user_id: components["schemas"]["ObjectId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        code: string;
                        period_ends_at: components["schemas"]["IsoDate"];
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxCreateSsoCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": "cli_sandbox0000000000001",
                 *       "identifier": "alice@example.com",
                 *       "state": "xyz"
                 *     }
                 */
                "application/json": {
                    client_id: components["schemas"]["ClientId"];
                    user_id?: components["schemas"]["ObjectId"];
                    identifier?: string;
                    state?: string;
                };
            };
        };
        responses: {
            /** @description The code, and the state bound to it (null for none) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "3q2-7wHnsP-UHiRUF_NqRlgxOfQ-UNf-F4pKy7WiL7i",
                     *       "state": "xyz"
                     *     }
                     */
                    "application/json": {
                        code: string;
                        state: string | null;
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
                /** @description Users per page (default 50) */
                limit?: number;
                /** @description The page, from 1 */
                page?: number;
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedUser"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createUser: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "fname",
                 *       "last_name": "lnanme",
                 *       "email": "user@example.com"
                 *     }
                 */
                "application/json": {
                    first_name: string;
                    last_name: string;
                    email: string;
                };
            };
        };
        responses: {
            /** @description The new user, with `organization_id` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedUser"] & {
                        /** @enum {string} */
                        organization_id: "000000000000000000000000";
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteUserWithoutId: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            default: components["responses"]["Error"];
        };
    };
    listUsersAlias: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
                /** @description Users per page (default 50) */
                limit?: number;
                /** @description The page, from 1 */
                page?: number;
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedUser"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getUser: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                /** @description The user's id (`_id`) */
                userid: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedUser"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    updateUser: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                /** @description The user's id (`_id`) */
                userid: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "abc@ddd.com",
                 *       "first_name": "abc",
                 *       "last_name": "last",
                 *       "groups": {},
                 *       "raw_attributes": {
                 *         "test": "abc",
                 *         "test2": "abbc2"
                 *       }
                 *     }
                 */
                "application/json": {
                    email?: string;
                    first_name?: string;
                    last_name?: string;
                    groups?: components["schemas"]["UserAttributes"];
                    raw_attributes?: components["schemas"]["UserAttributes"];
                };
            };
        };
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedUser"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteUser: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                /** @description The user's id (`_id`) */
                userid: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "is_deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getUserByEmail: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                /** @description The user's email (matched case-insensitively) */
                useremail: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user, in this page's casing (`id`, `connection_type`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserByEmail"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    verifyUserStatus: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                /** @description The user's id (`_id`) */
                userid: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "verification_status": "true"
                 *     }
                 */
                "application/json": {
                    /** @description "true" or "false" (or a boolean): sets `email_verified` */
                    verification_status: ("true" | "false") | boolean;
                };
            };
        };
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedUser"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    manageUserRoles: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                /** @description The user's id (`_id`) */
                userid: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role_id": [
                 *         "668e7e5946b448ab754b44ac"
                 *       ]
                 *     }
                 */
                "application/json": {
                    role_id: components["schemas"]["ObjectId"][];
                };
            };
        };
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedUser"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getUserOrganizations: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                /** @description The user's id (`_id`) */
                userid: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's organizations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOrganizations"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getUserLoginLogs: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                /** @description The user's id (`_id`) */
                userid: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's sign-ins */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginLogs"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    addOrganization: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "Name": "example_wrokspace",
                 *       "WhiteListDomains": [
                 *         "example.com"
                 *       ],
                 *       "AllowProfilesOutsideOrganization": true
                 *     }
                 */
                "application/json": components["schemas"]["OrganizationInput"] & unknown;
            };
        };
        responses: {
            /** @description The organization (`WhiteListDomain`, as SSOJet's example) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSingular"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getOrganization: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                organizationid: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization (`WhiteListDomain`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSingular"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    updateOrganizationV1: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                organizationid: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "Name": "sso",
                 *       "WhiteListDomains": [
                 *         "gmail.com",
                 *         "gamil2.com"
                 *       ],
                 *       "address": "",
                 *       "website": "",
                 *       "time_zone": "",
                 *       "currency": ""
                 *     }
                 */
                "application/json": components["schemas"]["OrganizationInput"];
            };
        };
        responses: {
            /** @description The organization, one object (`WhiteListDomains`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPlural"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteOrganization: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                organizationid: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "is_deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    updateOrganization: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                organizationid: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "Name": "sso",
                 *       "WhiteListDomains": [
                 *         "gmail.com",
                 *         "gamil2.com"
                 *       ],
                 *       "address": "",
                 *       "website": "",
                 *       "time_zone": "",
                 *       "currency": ""
                 *     }
                 */
                "application/json": components["schemas"]["OrganizationInput"];
            };
        };
        responses: {
            /** @description The organization, one object (`WhiteListDomains`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPlural"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    deleteOrganizationAccount: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                organizationid: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "is_deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client's organizations, in the order added (`WhiteListDomains`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPlural"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createRole: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Support",
                 *       "slug": "support",
                 *       "description": "Answers tickets"
                 *     }
                 */
                "application/json": {
                    name: string;
                    slug: components["schemas"]["Slug"];
                    description: string;
                };
            };
        };
        responses: {
            /** @description All roles (ROLE_RESPONSE_SHAPE=array, the default) or the role (object) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"][] | components["schemas"]["Role"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    updateRole: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                roleId: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Developer",
                 *       "permission_id": [
                 *         "668e7e5946b448ab754b44aa"
                 *       ]
                 *     }
                 */
                "application/json": {
                    name?: string;
                    slug?: components["schemas"]["Slug"];
                    description?: string;
                    permission_id?: components["schemas"]["ObjectId"][];
                };
            };
        };
        responses: {
            /** @description All roles (ROLE_RESPONSE_SHAPE=array, the default) or the role (object) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"][] | components["schemas"]["Role"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    removeRole: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                roleId: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "is_deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    listPermissions: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The permissions (removed ones left out) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Permission"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    updatePermission: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                permissionid: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Team Read",
                 *       "slug": "team-read",
                 *       "description": "Read the team"
                 *     }
                 */
                "application/json": {
                    name?: string;
                    slug?: components["schemas"]["Slug"];
                    description?: string;
                };
            };
        };
        responses: {
            /** @description The permission */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: components["schemas"]["ObjectId"];
                        name: string;
                        slug: string;
                        description: string;
                    };
                };
            };
            default: components["responses"]["Error"];
        };
    };
    removePermission: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path: {
                permissionid: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "is_deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getConfiguration: {
        parameters: {
            query?: {
                /**
                 * @description The client id (or send `x-client-id`). As in SSOJet's own samples, an empty value counts
                 *     as absent and a repeated key counts by its first non-empty value (`client_id=cli_a&client_id=`);
                 *     two different non-empty values are a 400 `client_id_conflict`.
                 */
                client_id?: components["parameters"]["ClientIdQuery"];
                /** @description The client's custom domain (GET Configuration By Custom Domain) */
                domain?: string;
            };
            header?: {
                /**
                 * @description The client id (or send `client_id` in the query). Empty counts as absent (`x-client-id;`);
                 *     a repeated header arrives joined by commas and counts by its first non-empty value.
                 */
                "x-client-id"?: components["parameters"]["ClientIdHeader"];
                /** @description The client's secret (required with MANAGEMENT_AUTH=secret) */
                "x-client-secret"?: components["parameters"]["ClientSecretHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Configuration"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxCreateMembership: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    client_id: components["schemas"]["ClientId"];
                    user_id: components["schemas"]["ObjectId"];
                    organization_id: components["schemas"]["ObjectId"];
                };
            };
        };
        responses: {
            /** @description The membership */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxListOidcLogins: {
        parameters: {
            query?: {
                /** @description Only this client's queue (default every client's) */
                client_id?: components["schemas"]["ClientId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued logins, oldest first per client */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedOidcLogin"][];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    sandboxQueueOidcLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": "cli_sandbox0000000000001",
                 *       "identifier": "alice@example.com"
                 *     }
                 */
                "application/json": {
                    client_id: components["schemas"]["ClientId"];
                    identifier?: string;
                    user_id?: components["schemas"]["ObjectId"];
                    amr?: ("hwk" | "user" | "otp" | "mfa" | "swk" | "pin" | "fpt" | "face")[];
                };
            };
        };
        responses: {
            /** @description Queued */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedOidcLogin"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
