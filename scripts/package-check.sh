#!/usr/bin/env bash
# CI's proof of the npm package (issue #19): what `npm pack` produces, installed into an
# empty project outside the repository, as a user installs it. There:
#   npx ssojet-sandbox --version, and --port 0 up to a first 200 on /__sandbox/health;
#   examples/passkey-ceremony.ts (the README's walk-through, importing createSandbox and
#   VirtualAuthenticator from 'ssojet-sandbox'), type-checked with tsc --noEmit, then run.
# Nothing may come from the repository's src/ or node_modules: the project is in a temporary
# folder (no node_modules above it), the package is a copy (a tarball, not a link), and
# tsc's list of files read must hold none of the repository's.
# Usage: scripts/package-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd -P)
started=$SECONDS
say() { echo "package-check: $*"; }
fail() { say "FAILED: $*"; exit 1; }
unset NODE_PATH NODE_OPTIONS

work=$(mktemp -d /tmp/ssojet-package-check.XXXXXX)
server=
cleanup() {
  [ -n "$server" ] && kill -- "-$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# 1. The tarball, built by `prepare` as `npm publish` would build it.
tarball=$(npm pack --silent --pack-destination "$work" 2>"$work/pack.log" | tail -n 1) || { cat "$work/pack.log"; fail "npm pack failed"; }
say "packed $tarball ($(tar -tzf "$work/$tarball" | wc -l) files)"

# 2. An empty project that installs it, with the TypeScript the README's users have.
project=$work/project
mkdir -p "$project"
cd "$project"
cat >package.json <<'EOF'
{ "name": "package-check", "private": true, "type": "module" }
EOF
cat >tsconfig.json <<'EOF'
{ "compilerOptions": { "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true,
  "skipLibCheck": false, "types": ["node"], "outDir": "out" }, "files": ["passkey-ceremony.ts"] }
EOF
version=$(node -p "require('$repo/package.json').version")
typescript=$(node -p "require('$repo/package.json').devDependencies.typescript")
types_node=$(node -p "require('$repo/package.json').devDependencies['@types/node']")
npm install --no-audit --no-fund --loglevel=error "$work/$tarball" "typescript@$typescript" "@types/node@$types_node" \
  >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "npm install of the tarball failed"; }
installed=$project/node_modules/ssojet-sandbox
[ -d "$installed" ] && [ ! -L "$installed" ] || fail "node_modules/ssojet-sandbox is not a copy of the tarball"
say "installed into an empty project ($((SECONDS - started)) s)"

# 3. The command, as `npx` finds it.
out=$(npx --no-install ssojet-sandbox --version) || fail "npx ssojet-sandbox --version failed: $out"
grep -qx "ssojet-sandbox $version\|$version" <<<"$out" || fail "--version printed '$out', not $version"
say "npx ssojet-sandbox --version: $out"
setsid npx --no-install ssojet-sandbox --port 0 >"$work/server.log" 2>&1 &
server=$!
url=
for _ in $(seq 1 100); do
  url=$(sed -nE 's/.*running at (http:\/\/[^ ]+).*/\1/p' "$work/server.log" | head -n 1)
  if [ -n "$url" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/__sandbox/health")" = 200 ]; then break; fi
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; fail "npx ssojet-sandbox --port 0 exited"; }
  url=
  sleep 0.2
done
[ -n "$url" ] || { cat "$work/server.log"; fail "no 200 on /__sandbox/health within 20 s"; }
say "npx ssojet-sandbox --port 0: 200 on $url/__sandbox/health"
pages=$("$repo/scripts/check-pages.sh" "$url") || fail "the installed package's server: $pages"
say "$pages"
kill -- "-$server"; wait "$server" 2>/dev/null || true; server=

# 4. The README's walk-through against the installed package: types, then a run.
cp "$repo/examples/passkey-ceremony.ts" .
npx --no-install tsc --noEmit --listFiles >"$work/tsc.log" 2>&1 || { cat "$work/tsc.log"; fail "tsc --noEmit failed on the installed package's types"; }
grep -F "$repo/" "$work/tsc.log" && fail "tsc read files of the repository (above)"
grep -qF "$installed/dist/src/index.d.ts" "$work/tsc.log" || fail "tsc did not read the installed package's types"
npx --no-install tsc >"$work/tsc.log" 2>&1 || { cat "$work/tsc.log"; fail "tsc could not emit passkey-ceremony.js"; }
resolved=$(node --input-type=module -e "console.log(import.meta.resolve('ssojet-sandbox'))")
[ "$resolved" = "file://$installed/dist/src/index.js" ] || fail "'ssojet-sandbox' resolves to $resolved"
out=$(node out/passkey-ceremony.js 2>&1) || { echo "$out"; fail "the walk-through failed against the installed package"; }
echo "$out" | sed 's/^/  /'
grep -q '^register: 200' <<<"$out" && grep -q '^login: 200 user_id ' <<<"$out" || fail "the walk-through did not register and sign in"
say "createSandbox + VirtualAuthenticator from the installed package: passkey registered and signed in"
say "ok ($((SECONDS - started)) s)"
