#!/usr/bin/env bash
# The pages the start-up banner points to, each of which must answer 200 from a running
# sandbox: files read from the package at run time (public/, openapi.yaml, the signing key
# behind the JWKS, Swagger UI's assets from node_modules). Used by package-check.sh and
# container-check.sh, where a file left out of `files` or of the image shows up only here.
# Usage: scripts/check-pages.sh BASE_URL
set -euo pipefail
base=${1:?usage: scripts/check-pages.sh BASE_URL}
pages=(
  /__sandbox/health /openapi.yaml /.well-known/jwks.json
  /docs /docs/json /docs/static/swagger-ui-bundle.js
  /__sandbox/demo /__sandbox/demo/demo.js /__sandbox/demo/demo.css /__sandbox/demo/simplewebauthn-browser.js
)
for page in "${pages[@]}"; do
  code=$(curl -sS -L -o /dev/null -w '%{http_code}' "$base$page")
  [ "$code" = 200 ] || { echo "GET $page answered $code, not 200"; exit 1; }
done
echo "${#pages[@]} pages answer 200 (${pages[*]})"
