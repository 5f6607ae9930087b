#!/usr/bin/env bash
# A real sign-up path with nothing but curl and jq: email a code → read it from the outbox →
# verify it (a new user, signed in) → register a passkey with that Bearer → sign in with it.
# Usage: examples/curl-otp-passkey.sh [BASE_URL] [EMAIL]   (default http://localhost:8787)
set -euo pipefail
BASE=${1:-${SANDBOX_URL:-http://localhost:8787}}
EMAIL=${2:-carol@example.com}
C=cli_sandbox0000000000001          # the default scenario's client
ORIGIN=http://localhost:3000        # any http://localhost:<port> is allowed by that client
P=/api/v1/auth/passwordless
post() { curl -sS -X POST "$BASE$1" -H 'content-type: application/json' "${@:3}" -d "$2"; }

# 1. Email a Magic Auth Code (the path is magic-otp, sic); the answer is the attempt's state.
STATE=$(post "$P/magic-otp/send?client_id=$C" "{\"email\":\"$EMAIL\"}" | jq -r .state)

# 2. The "email": the outbox's long poll answers as soon as the message is there.
CODE=$(curl -sS "$BASE/__sandbox/outbox/next?state=$STATE&timeout_ms=5000" | jq -r .code)

# 3. Verify Magic Auth Code: the user is created on this first sign-in; tokens come back.
SIGNIN=$(post "$P/email-otp/verify?client_id=$C" "{\"state\":\"$STATE\",\"otp\":\"$CODE\"}")
TOKEN=$(jq -r .access_token <<<"$SIGNIN")
echo "signed up as $(jq -r '.profile | "\(.email) (\(.connection_type))"' <<<"$SIGNIN")"

# 4. Register a passkey with that Bearer, through a virtual authenticator held by the sandbox.
AUTH=$(post /__sandbox/authenticators '{"alg":-7}' | jq -r .authenticator_id)
REG=$(curl -sS "$BASE$P/passkey/register?client_id=$C" -H "authorization: Bearer $TOKEN")
ATTESTATION=$(post "/__sandbox/authenticators/$AUTH/create" "$(jq -c --arg o "$ORIGIN" '{publicKey, origin: $o}' <<<"$REG")")
post "$P/passkey/register?client_id=$C&auth_code=$(jq -r .auth_code <<<"$REG")" \
  "$(jq -c '{passkey: .}' <<<"$ATTESTATION")" -H "authorization: Bearer $TOKEN" | jq -c .

# 5. Sign in with the passkey; Ping Status reads the passkey's auth_code like any state.
LOGIN=$(curl -sS "$BASE$P/passkey/login?client_id=$C&identifier=$EMAIL")
ASSERTION=$(post "/__sandbox/authenticators/$AUTH/get" "$(jq -c --arg o "$ORIGIN" '{publicKey, origin: $o}' <<<"$LOGIN")")
CODE_ID=$(jq -r .auth_code <<<"$LOGIN")
post "$P/passkey/login?client_id=$C&identifier=$EMAIL&auth_code=$CODE_ID" "$(jq -c '{passkey: .}' <<<"$ASSERTION")" >/dev/null
curl -sS "$BASE$P/magic-link/status?client_id=$C&state=$CODE_ID" | jq -c '{authenticated, user: .user.email}'
