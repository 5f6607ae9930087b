import { join } from 'node:path';
import { packageRoot } from './lib/package-root.js';
import { scenarioNames } from './sandbox/scenario.js';

/**
 * The only reader of process.env. Every key is documented in the README's config table;
 * CLI flags are the same keys in kebab-case (`--response-validation warn`).
 */
export interface Config {
  port: number;
  host: string;
  /** The seed that drives ids, challenges and generated users. */
  seed: number;
  scenario: string;
  /** An ISO instant to pin the clock at, or null for the real clock. */
  clock: string | null;
  /** Token `iss`; defaults to http://localhost:<port>. */
  issuer: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  responseValidation: 'off' | 'warn' | 'error';
  sandboxApi: boolean;
  signingKeyFile: string;
  /** Access-token lifetime in seconds. */
  tokenTtl: number;
  /** WebAuthn ceremony timeout in ms (SSOJet's examples: 300000). */
  challengeTimeoutMs: number;
  /** Brute-force limits on failed sign-ins of any method (on by default). */
  rateLimits: boolean;
  rateLimitIdentifier: number;
  rateLimitIp: number;
  rateLimitWindowMs: number;
  /** Time allowed to receive a whole request (headers and body), in ms. */
  requestTimeoutMs: number;
  /** SQLite file that keeps the state across restarts (null: in memory). */
  dataFile: string | null;
  /** How long an emailed or texted code or magic link works after its latest (re)send, in ms. */
  otpTtlMs: number;
  /** How long a passwordless state stays pollable after its send, in ms. */
  stateTtlMs: number;
  /** Refresh-token lifetime in seconds (SSOJet's: 30 days). */
  refreshTokenTtl: number;
  /** mfa_token lifetime in seconds (CONTRACT-API.md §5 B1: 5 minutes). */
  mfaTokenTtl: number;
  /** How long an out-of-band MFA code (Initiate MFA with oob) is valid, in ms. */
  mfaOobTtlMs: number;
  /** Ceremonies kept at most (oldest forgotten first), so sustained Initiate load stays bounded. */
  maxPendingCeremonies: number;
  /** The OIDC issuer, exactly (null: `<ISSUER>/oidc`, else the request's own address + /oidc). */
  oidcIssuer: string | null;
  /** `auto`: an /authorize whose login_hint names a known user signs that user in without a page. */
  oidcLogin: 'page' | 'auto';
  /** Lifetime of an OIDC authorization code, in ms. */
  oidcCodeTtlMs: number;
  /** Management API auth: the client id alone (`client`, SSOJet's pages) or also `x-client-secret` (`secret`). */
  managementAuth: 'client' | 'secret';
  /** Create and Update Role answer every role (`array`, SSOJet's examples) or the role (`object`). */
  roleResponseShape: 'array' | 'object';
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

interface KeySpec {
  env: string;
  help: string;
  parse: (raw: string, key: string) => unknown;
  field: keyof Config;
}

const integer = (min: number, max: number) => (raw: string, key: string) => {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new ConfigError(`${key} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return n;
};
const oneOf = <T extends string>(...values: T[]) => (raw: string, key: string) => {
  if (!values.includes(raw as T)) throw new ConfigError(`${key} must be one of ${values.join(', ')}, got "${raw}"`);
  return raw as T;
};
const text = (raw: string) => raw;
const onOff = (raw: string, key: string) => oneOf('on', 'off')(raw, key) === 'on';
const isoInstant = (raw: string, key: string) => {
  // An explicit offset is required: without one Date.parse reads local time, which would pin a
  // different instant on every machine.
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
  const t = iso.test(raw.trim()) ? Date.parse(raw) : NaN;
  if (Number.isNaN(t)) throw new ConfigError(`${key} must be an ISO 8601 instant with a UTC offset, such as 2024-07-15T06:00:00Z, got "${raw}"`);
  return new Date(t).toISOString();
};
const scenario = (raw: string, key: string) => {
  const names = scenarioNames();
  if (!names.includes(raw)) throw new ConfigError(`${key} must name a scenario in fixtures/scenarios/ (${names.join(', ')}), got "${raw}"`);
  return raw;
};
const url = (raw: string, key: string) => {
  try { return new URL(raw).toString().replace(/\/$/, ''); } catch { throw new ConfigError(`${key} must be a URL, got "${raw}"`); }
};

/** Every configuration key: env var, help text, parser. The README table mirrors this list. */
export const configKeys: KeySpec[] = [
  { env: 'PORT', field: 'port', help: 'TCP port (0 picks a free one)', parse: integer(0, 65535) },
  { env: 'HOST', field: 'host', help: 'interface to listen on', parse: text },
  { env: 'SEED', field: 'seed', help: 'seed for ids, challenges and generated users', parse: integer(0, 4294967295) },
  { env: 'SCENARIO', field: 'scenario', help: 'scenario loaded at start and by reset (fixtures/scenarios/<name>.json)', parse: scenario },
  { env: 'CLOCK', field: 'clock', help: 'pin the clock at this ISO instant (default: real time)', parse: isoInstant },
  { env: 'ISSUER', field: 'issuer', help: 'token issuer (iss) URL (default http://localhost:<port>)', parse: url },
  { env: 'LOG_LEVEL', field: 'logLevel', help: 'fatal | error | warn | info | debug | trace | silent', parse: oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent') },
  { env: 'RESPONSE_VALIDATION', field: 'responseValidation', help: 'check every response against openapi.yaml: off | warn | error', parse: oneOf('off', 'warn', 'error') },
  { env: 'SANDBOX_API', field: 'sandboxApi', help: 'serve /__sandbox/* (off = SSOJet contract only)', parse: onOff },
  { env: 'SIGNING_KEY_FILE', field: 'signingKeyFile', help: 'PEM (PKCS#8) RSA key that signs tokens', parse: text },
  { env: 'TOKEN_TTL', field: 'tokenTtl', help: 'access-token lifetime in seconds', parse: integer(1, 31536000) },
  { env: 'CHALLENGE_TIMEOUT_MS', field: 'challengeTimeoutMs', help: 'WebAuthn ceremony timeout in ms', parse: integer(1000, 86400000) },
  { env: 'RATE_LIMITS', field: 'rateLimits', help: 'brute-force limits on failed sign-ins (passkeys, codes, magic links): on | off', parse: onOff },
  { env: 'RATE_LIMIT_IDENTIFIER', field: 'rateLimitIdentifier', help: 'failed sign-ins allowed per identifier per window', parse: integer(1, 1000000) },
  { env: 'RATE_LIMIT_IP', field: 'rateLimitIp', help: 'failed sign-ins allowed per IP address per window', parse: integer(1, 1000000) },
  { env: 'RATE_LIMIT_WINDOW_MS', field: 'rateLimitWindowMs', help: 'length of the rate-limit window in ms', parse: integer(1000, 86400000) },
  { env: 'REQUEST_TIMEOUT_MS', field: 'requestTimeoutMs', help: 'time to receive a whole request before 408', parse: integer(100, 3600000) },
  { env: 'MANAGEMENT_AUTH', field: 'managementAuth', help: 'management API auth: client (the client id, as SSOJet\'s pages) | secret (also x-client-secret)', parse: oneOf('client', 'secret') },
  { env: 'ROLE_RESPONSE_SHAPE', field: 'roleResponseShape', help: 'Create/Update Role answer: array (all roles, as SSOJet\'s examples) | object (the role)', parse: oneOf('array', 'object') },
  { env: 'DATA_FILE', field: 'dataFile', help: 'keep users, clients and passkeys in this SQLite file across restarts (default: in memory)', parse: text },
  { env: 'OTP_TTL_MS', field: 'otpTtlMs', help: 'how long an emailed or texted code or magic link works after its latest (re)send, in ms', parse: integer(1000, 86400000) },
  { env: 'STATE_TTL_MS', field: 'stateTtlMs', help: 'how long a passwordless state stays pollable (Ping Status) after its send, in ms', parse: integer(1000, 86400000) },
  { env: 'REFRESH_TOKEN_TTL', field: 'refreshTokenTtl', help: 'refresh-token lifetime in seconds', parse: integer(1, 315360000) },
  { env: 'MFA_TOKEN_TTL', field: 'mfaTokenTtl', help: 'mfa_token lifetime in seconds (MFA Access Token)', parse: integer(1, 86400) },
  { env: 'MFA_OOB_TTL_MS', field: 'mfaOobTtlMs', help: 'lifetime of an out-of-band MFA code in ms (Initiate MFA)', parse: integer(1000, 86400000) },
  { env: 'MAX_PENDING_CEREMONIES', field: 'maxPendingCeremonies', help: 'ceremonies kept at most; the oldest are forgotten first and then answer as expired', parse: integer(1, 100000000) },
  { env: 'OIDC_ISSUER', field: 'oidcIssuer', help: 'OIDC issuer URL, exactly (default <ISSUER>/oidc, else the address a request came in on + /oidc)', parse: (raw: string, key: string) => (url(raw, key), raw) },
  { env: 'OIDC_LOGIN', field: 'oidcLogin', help: 'page | auto (an /authorize with a login_hint naming a known user signs in at once)', parse: oneOf('page', 'auto') },
  { env: 'OIDC_CODE_TTL_MS', field: 'oidcCodeTtlMs', help: 'OIDC authorization code lifetime in ms', parse: integer(1000, 3600000) },
];

export const defaultConfig: Config = {
  port: 8787,
  host: '127.0.0.1',
  seed: 1,
  scenario: 'default',
  clock: null,
  issuer: null,
  logLevel: 'info',
  responseValidation: 'warn',
  sandboxApi: true,
  signingKeyFile: join(packageRoot, 'fixtures', 'keys', 'signing-key.pem'),
  tokenTtl: 3600,
  challengeTimeoutMs: 300000,
  rateLimits: true,
  rateLimitIdentifier: 30,
  rateLimitIp: 300,
  rateLimitWindowMs: 15 * 60 * 1000,
  requestTimeoutMs: 30000,
  dataFile: null,
  otpTtlMs: 300000,
  stateTtlMs: 900000,
  refreshTokenTtl: 2592000,
  mfaTokenTtl: 300,
  mfaOobTtlMs: 300000,
  maxPendingCeremonies: 100000,
  oidcIssuer: null,
  oidcLogin: 'page',
  oidcCodeTtlMs: 60000,
  managementAuth: 'client',
  roleResponseShape: 'array',
};

/** Reads env vars, then CLI-style overrides (already keyed by env name), into a validated Config. */
export function loadConfig(env: Record<string, string | undefined>, overrides: Record<string, string> = {}): Config {
  const config: Record<string, unknown> = { ...defaultConfig };
  for (const spec of configKeys) {
    const raw = overrides[spec.env] ?? env[spec.env];
    if (raw === undefined || raw === '') continue;
    config[spec.field] = spec.parse(raw, spec.env);
  }
  return config as unknown as Config;
}

/** Merges programmatic options (createSandbox) over the defaults, validating like env vars. */
export function resolveConfig(options: Partial<Config>): Config {
  const asStrings: Record<string, string> = {};
  for (const spec of configKeys) {
    const value = options[spec.field];
    if (value === undefined || value === null) continue;
    asStrings[spec.env] = typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value);
  }
  return loadConfig({}, asStrings);
}
