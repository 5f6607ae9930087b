#!/usr/bin/env bash
# MFA with nothing but curl, jq and oathtool: an mfa_token → enrol an authenticator app (TOTP)
# → its QR code → validate a code that oathtool computes, as any RFC 6238 app would.
# Usage: examples/curl-mfa.sh [BASE_URL] [QR_FILE]   (default http://localhost:8787 and ./mfa-qr.png)
set -euo pipefail
BASE=${1:-${SANDBOX_URL:-http://localhost:8787}}
QR=${2:-mfa-qr.png}
C=cli_sandbox0000000000001          # the default scenario's client
post() { curl -sS -X POST "$BASE$1?client_id=$C" -H 'content-type: application/json' "${@:3}" -d "$2"; }

# 1. MFA Access Token: your server, holding the client secret, asks for alice's mfa_token.
SECRET_KEY=$(curl -sS "$BASE/__sandbox/clients" | jq -r --arg c "$C" '.[] | select(.client_id == $c) | .client_secret')
MFA=$(post /api/v1/auth/mfa/token '{"identifier":"alice@example.com"}' -H "x-client-secret: $SECRET_KEY" | jq -r .mfa_token)

# 2. MFA Enroll TOTP: a new secret and its otpauth:// URI (pending until the first code passes).
ENROL=$(post /api/v1/auth/mfa/enroll '{}' -H "authorization: Bearer $MFA")
jq -r .barcode_uri <<<"$ENROL"

# 3. QR Code Image API: the PNG a phone scans.
curl -sS "$BASE/api/v1/auth/mfa/qr-code?client_id=$C" -H "authorization: Bearer $MFA" -o "$QR" -w "QR code: %{content_type}, saved to $QR\n"

# 4. Validate MFA Token with the code an app shows now (at the sandbox clock, which may be pinned).
NOW=$(curl -sS "$BASE/__sandbox/clock" | jq -r .now)
CODE=$(oathtool --totp -b --now "$NOW" "$(jq -r .secret <<<"$ENROL")")
post /api/v1/auth/mfa/validate "{\"otp\":\"$CODE\"}" -H "authorization: Bearer $MFA" \
  | jq -c '{authenticated, token_type, email: .profile.email}'

# 5. The first code activated the enrolment: ten single-use backup codes exist now.
curl -sS "$BASE/api/v1/auth/mfa/backupcode?client_id=$C" -H "authorization: Bearer $MFA" | jq -c '.backup_codes | length'
