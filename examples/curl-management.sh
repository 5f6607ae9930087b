#!/usr/bin/env bash
# The management API with nothing but curl and jq: create a user → a role with a permission,
# given to the user → an organization for the user's domain → list → delete the user.
# Usage: examples/curl-management.sh [BASE_URL]   (default http://localhost:8787; start it with npm start)
set -euo pipefail
BASE=${1:-${SANDBOX_URL:-http://localhost:8787}}
Q=client_id=cli_sandbox0000000000001   # the default scenario's client (MANAGEMENT_AUTH=client: no secret)
get() { curl -sS "$BASE$1?$Q"; }
send() { curl -sS -X "$1" "$BASE$2?$Q" -H 'content-type: application/json' -d "$3"; }

# 1. Create a User: SSOJet's v1 user object (`_id`, `modified_at`, `LastLoginAt`).
USER=$(send POST /api/v1/users '{"first_name":"Carol","last_name":"Jones","email":"carol@acme.test"}' | jq -r ._id)

# 2. Create New Role answers every role (ROLE_RESPONSE_SHAPE=object: the role); give it the
#    seeded permission Team View, and give the role to Carol (Manage User Roles replaces hers).
ROLE=$(send POST /api/v1/roles '{"name":"Support","slug":"support","description":"Answers tickets"}' | jq -r '.[] | select(.slug == "support") | .id')
TEAM_VIEW=$(get /api/v1/permissions | jq -r '.[] | select(.name == "Team View") | .id')
send PUT "/api/v1/roles/$ROLE" "{\"permission_id\":[\"$TEAM_VIEW\"]}" > /dev/null
send PUT "/api/v1/users/$USER/roles" "{\"role_id\":[\"$ROLE\"]}" | jq -c '{email, roles}' | sed "s/$ROLE/<support>/"

# 3. Add New Organization (PascalCase in, `name` and `WhiteListDomain` out): acme.test makes Carol a member.
send POST /api/v1/organization '{"Name":"Acme","WhiteListDomains":["acme.test"]}' | jq -c '{name, WhiteListDomain}'

# 4. List the users, and Carol's organizations with her roles and their permissions' names.
get /api/v1/users | jq -c '{users: length, newest: .[-1].email}'
get "/api/account/identity/users/$USER/organizations" | jq -c '.organizations | map({Name, roles: [.roles[] | {role_name, permissions}]})'

# 5. Delete User By User Id (SSOJet's sample sends an empty JSON body): her passkeys, tokens and memberships go too.
send DELETE "/api/v1/users/$USER" '{}' | jq -c .
