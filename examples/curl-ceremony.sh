#!/usr/bin/env bash
# A whole passkey ceremony with nothing but curl and jq, through the sandbox's HTTP virtual
# authenticator: sign in → register a passkey → sign in with it → list it.
# Usage: examples/curl-ceremony.sh [BASE_URL]   (default http://localhost:8787; start it with npm start)
set -euo pipefail
BASE=${1:-${SANDBOX_URL:-http://localhost:8787}}
C=cli_sandbox0000000000001          # the default scenario's client
ORIGIN=http://localhost:3000        # any http://localhost:<port> is allowed by that client
post() { curl -sS -X POST "$BASE$1" -H 'content-type: application/json' "${@:3}" -d "$2"; }

# 1. Sign alice in without a ceremony (control API) to get the Bearer that registration needs.
TOKEN=$(post /__sandbox/sessions "{\"client_id\":\"$C\",\"identifier\":\"alice@example.com\"}" | jq -r .access_token)

# 2. A virtual authenticator held by the sandbox (ES256; also -8 EdDSA, -257 RS256).
AUTH=$(post /__sandbox/authenticators '{"alg":-7}' | jq -r .authenticator_id)

# 3. Registration: SSOJet's options → the authenticator's RegistrationResponseJSON → SSOJet verifies.
REG=$(curl -sS "$BASE/api/v1/auth/passwordless/passkey/register?client_id=$C" -H "authorization: Bearer $TOKEN")
ATTESTATION=$(post "/__sandbox/authenticators/$AUTH/create" "$(jq -c --arg o "$ORIGIN" '{publicKey, origin: $o}' <<<"$REG")")
post "/api/v1/auth/passwordless/passkey/register?client_id=$C&auth_code=$(jq -r .auth_code <<<"$REG")" \
  "$(jq -c '{passkey: .}' <<<"$ATTESTATION")" -H "authorization: Bearer $TOKEN" | jq -c .

# 4. Sign-in: options → the authenticator's AuthenticationResponseJSON → SSOJet verifies, returns a token.
LOGIN=$(curl -sS "$BASE/api/v1/auth/passwordless/passkey/login?client_id=$C&identifier=alice@example.com")
ASSERTION=$(post "/__sandbox/authenticators/$AUTH/get" "$(jq -c --arg o "$ORIGIN" '{publicKey, origin: $o}' <<<"$LOGIN")")
RESULT=$(post "/api/v1/auth/passwordless/passkey/login?client_id=$C&identifier=alice@example.com&auth_code=$(jq -r .auth_code <<<"$LOGIN")" \
  "$(jq -c '{passkey: .}' <<<"$ASSERTION")")
echo "signed in as user $(jq -r .user_id <<<"$RESULT")"

# 5. The new token lists the passkey.
curl -sS "$BASE/api/v1/auth/passwordless/passkey/credentials" -H "x-client-id: $C" \
  -H "authorization: Bearer $(jq -r .token <<<"$RESULT")" | jq -c 'map({id, SignCount, attestation_type})'
