# ssojet-sandbox: a local SSOJet API emulator, listening on 0.0.0.0:8787.
#   docker build -t ssojet-sandbox .
#   docker run --rm -p 8787:8787 ssojet-sandbox
# Configure with the same env vars as the CLI (SEED, SCENARIO, CLOCK, ISSUER, LOG_LEVEL, ...).
# Durable state: -v sandbox-data:/data -e DATA_FILE=/data/sandbox.db

# --- build: compile TypeScript, then drop dev dependencies ---------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 (DATA_FILE) is a native addon: its install script fetches a prebuilt binary
# or, failing that, compiles one, which needs python3, make and g++ (build stage only).
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# Dependencies first, so that this layer is cached until the lock file changes.
# (--ignore-scripts: `prepare` would build before src/ is copied; esbuild, which bundles the
# CLI, needs no install script (its binary is its platform package). That also skips
# better-sqlite3's, so it is run on its own, and the addon is loaded once to fail the build
# here, not at run time.)
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts \
 && npm rebuild better-sqlite3 \
 && node -e "new (require('better-sqlite3'))(':memory:').pragma('journal_mode')"
COPY tsconfig.json openapi.yaml ./
COPY scripts ./scripts
COPY src ./src
COPY fixtures ./fixtures
COPY public ./public
# The runtime user must be able to read everything, whatever the file modes in the build
# context (a checkout with a 0600 signing key would otherwise fail at start with EACCES).
# The build starts the CLI once, to write its V8 code cache into dist/ (read-only at run time).
RUN npm run build \
 && npm prune --omit=dev \
 && chmod -R a+rX package.json openapi.yaml fixtures public dist node_modules

# --- runtime: only what `npm start` needs, run as the unprivileged `node` user -------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/openapi.yaml ./openapi.yaml
COPY --from=build /app/fixtures ./fixtures
COPY --from=build /app/public ./public
# A place the `node` user may write DATA_FILE to; mount a volume there to keep it:
#   docker run -p 8787:8787 -v sandbox-data:/data -e DATA_FILE=/data/sandbox.db ssojet-sandbox
RUN mkdir /data && chown node:node /data
USER node
EXPOSE 8787
# Slim images have no curl: Node's own fetch probes the readiness endpoint.
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8787) + '/__sandbox/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/cli.cjs"]
