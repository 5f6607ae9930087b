#!/usr/bin/env bash
# CI's proof of the Docker image (issue #19): builds the repository's unchanged Dockerfile
# with podman, starts the image, waits for its own HEALTHCHECK command to pass, runs the curl
# walk-through against it, and checks that it runs as uid 1000 and that DATA_FILE on /data
# survives a restart. Usage: scripts/container-check.sh   (root; podman, buildah, mmdebstrap)
#
# These machines have no image registry and no Docker engine (see docs/container-check.md):
# - the base image node:20-bookworm-slim is replaced by a local stand-in of the same name and
#   layout (Debian bookworm from mmdebstrap, this machine's Node 20 under /usr/local, a `node`
#   user with uid 1000). With a registry the same Dockerfile builds on the real image.
# - `podman run` cannot set rlimits here, so the image runs through `buildah run`, which
#   shares the host's network: the sandbox listens on a free port of this machine.
# Everything lives in a private podman store in a temporary folder, removed at the end, so
# each run builds from nothing, as on a fresh machine, and leaves nothing behind.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
say() { echo "container-check: $*"; }
fail() { say "FAILED: $*"; exit 1; }

work=$(mktemp -d /tmp/ssojet-container-check.XXXXXX)
store=(--root "$work/storage" --runroot "$work/run" --storage-driver overlay)
image=localhost/ssojet-sandbox:check
containers=()
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  for c in "${containers[@]}"; do buildah "${store[@]}" rm "$c" >/dev/null 2>&1 || true; done
  podman "${store[@]}" rmi --all --force >/dev/null 2>&1 || true
  rm -rf "$work" || true
}
trap cleanup EXIT

# 1. The stand-in base, with what the official image has where it has it.
node_bin=$(readlink -f "$(command -v node)")
npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
node_include=$(dirname "$(dirname "$node_bin")")/include/node
[ -d "$node_include" ] || fail "no Node headers at $node_include (better-sqlite3 is compiled against them)"
cat >"$work/stand-in.sh" <<EOF
#!/bin/sh
set -e
install -D -m 755 '$node_bin' "\$1/usr/local/bin/node"
mkdir -p "\$1/usr/local/lib/node_modules" "\$1/usr/local/include"
cp -a '$npm_dir' "\$1/usr/local/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "\$1/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "\$1/usr/local/bin/npx"
cp -a '$node_include' "\$1/usr/local/include/node"
install -D -m 644 /etc/ssl/certs/ca-certificates.crt "\$1/usr/local/share/ca-certificates/host-bundle.crt"
chroot "\$1" groupadd --gid 1000 node
chroot "\$1" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
EOF
chmod +x "$work/stand-in.sh"
say "using a STAND-IN for node:20-bookworm-slim (no registry here): Debian bookworm (mmdebstrap) + this machine's Node $(node --version)"
mmdebstrap --quiet --variant=minbase --include=ca-certificates --customize-hook="$work/stand-in.sh \"\$1\"" \
  bookworm "$work/rootfs.tar" >"$work/mmdebstrap.log" 2>&1 || { cat "$work/mmdebstrap.log"; fail "mmdebstrap could not make the stand-in base"; }
# The registries are reached through a proxy that only the host's CA bundle trusts, and
# better-sqlite3 cannot download Node's headers here: both are stand-in adaptations.
podman "${store[@]}" import --quiet \
  --change 'ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/host-bundle.crt' \
  --change 'ENV npm_config_nodedir=/usr/local' --change 'CMD ["node"]' \
  "$work/rootfs.tar" docker.io/library/node:20-bookworm-slim >/dev/null
rm -f "$work/rootfs.tar"
say "stand-in base ready ($((SECONDS - started)) s)"

# 2. The Dockerfile as it stands. Docker format: OCI images have no HEALTHCHECK.
mark=$SECONDS
podman "${store[@]}" build --quiet --isolation chroot --network host --pull=never --format docker -t "$image" . \
  >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log"; fail "podman build of the Dockerfile failed"; }
say "image built from the Dockerfile ($((SECONDS - mark)) s)"
config() { podman "${store[@]}" image inspect --format "$1" "$image"; }
[ "$(config '{{.Config.User}}')" = node ] || fail "the image's USER is '$(config '{{.Config.User}}')', not node"
env=$(config '{{range .Config.Env}}{{println .}}{{end}}')
for want in NODE_ENV=production HOST=0.0.0.0 PORT=8787; do
  grep -qx "$want" <<<"$env" || fail "the image's ENV lacks $want"
done
health=$(config '{{json .Config.Healthcheck.Test}}')
[[ "$health" == '["CMD",'* ]] || fail "the image has no HEALTHCHECK CMD (got $health)"
mapfile -t health_cmd < <(node -e 'JSON.parse(process.argv[1]).slice(1).forEach((a) => console.log(a))' "$health")

port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
data=$work/data
mkdir -p "$data" && chown 1000:1000 "$data"
# Starts a new container from the image, with the volume on /data, and waits for HEALTHCHECK.
start() {
  local c
  c=$(buildah "${store[@]}" from --quiet "$image")
  containers+=("$c")
  : >"$work/server.log"
  buildah "${store[@]}" run --isolation chroot -v "$data:/data" --env "PORT=$port" --env DATA_FILE=/data/sandbox.db \
    "$c" -- node dist/cli.cjs >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 60); do
    if buildah "${store[@]}" run --isolation chroot --env "PORT=$port" "$c" -- "${health_cmd[@]}" 2>/dev/null; then
      say "HEALTHCHECK passed on port $port ($1)"
      current=$c
      return 0
    fi
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; fail "the server exited before its HEALTHCHECK passed"; }
    sleep 1
  done
  cat "$work/server.log"; fail "HEALTHCHECK did not pass within 60 s"
}
# `docker stop`: SIGTERM to the sandbox's own process (buildah would SIGKILL it), then the
# port must be free, so that what answers after a restart is the new container.
stop() {
  local pid
  pid=$(grep -m 1 -o '"pid":[0-9]*' "$work/server.log" | cut -d: -f2)
  [ -n "$pid" ] && [[ "$(tr '\0' ' ' <"/proc/$pid/cmdline")" == *dist/cli.cjs* ]] || fail "cannot find the sandbox's process in its log"
  kill -TERM "$pid"
  wait "$server" 2>/dev/null || true
  server=
  grep -q '"msg":"shutting down"' "$work/server.log" || { cat "$work/server.log"; fail "the sandbox did not shut down on SIGTERM"; }
  ! curl -s -o /dev/null "http://127.0.0.1:$port/" || fail "something still answers on port $port after the stop"
}

# 3. A passkey sign-in, as the README's curl walk-through does it.
start 'first start'
# HOST=0.0.0.0: the sandbox answers on this machine's own address too, not only on loopback.
ip=$(hostname -I | awk '{print $1}')
[ -z "$ip" ] || curl -sf -o /dev/null "http://$ip:$port/__sandbox/health" || fail "no answer on $ip:$port: the sandbox does not listen on 0.0.0.0"
seen=$(buildah "${store[@]}" run --isolation chroot "$current" -- node -p '[process.getuid(), process.env.NODE_ENV, process.env.HOST, process.env.PORT].join(" ")')
[ "$seen" = '1000 production 0.0.0.0 8787' ] || fail "the image's processes get uid, NODE_ENV, HOST, PORT = $seen, not 1000 production 0.0.0.0 8787"
base=http://127.0.0.1:$port
out=$(examples/curl-ceremony.sh "$base") || { echo "$out"; fail "the curl walk-through failed against the image"; }
grep -q '^signed in as user ' <<<"$out" || { echo "$out"; fail "the curl walk-through did not sign in"; }
passkeys=$(tail -n 1 <<<"$out" | jq -c 'map(.id)')
say "curl walk-through signed in with a passkey: $passkeys"
pages=$(scripts/check-pages.sh "$base") || fail "the image's server: $pages"
say "$pages"
[ "$(stat -c %u "$data/sandbox.db")" = 1000 ] || fail "DATA_FILE on /data is not owned by uid 1000"
say "runs as uid 1000 (USER node) with NODE_ENV=production HOST=0.0.0.0; DATA_FILE /data/sandbox.db written by uid 1000"

# 4. A restart: a new container on the same /data volume still knows that passkey.
stop
start 'after a restart, new container, same /data volume'
C=cli_sandbox0000000000001
token=$(curl -sS -X POST "$base/__sandbox/sessions" -H 'content-type: application/json' \
  -d "{\"client_id\":\"$C\",\"identifier\":\"alice@example.com\"}" | jq -r .access_token)
after=$(curl -sS "$base/api/v1/auth/passwordless/passkey/credentials" -H "x-client-id: $C" -H "authorization: Bearer $token" | jq -c 'map(.id)')
[ "$after" = "$passkeys" ] || fail "after a restart the passkeys are $after, not $passkeys: DATA_FILE did not survive"
say "DATA_FILE survived the restart: $after"
stop
say "ok ($((SECONDS - started)) s)"
