import type { Client } from '../store/types.js';

/** The origin an Android app's Credential Manager puts in clientDataJSON (no http(s) URL). */
export const APK_KEY_HASH_PREFIX = 'android:apk-key-hash:';

/**
 * Whether a ceremony's origin is the client's: one of its web origins, or an Android app whose
 * signing-certificate hash the client lists (Credential Manager's `android:apk-key-hash:<hash>`,
 * which a relying party must match itself: it is no URL with a host).
 */
export function clientAllowsOrigin(client: Pick<Client, 'origins' | 'android_apk_key_hashes'>, origin: string): boolean {
  if (origin.startsWith(APK_KEY_HASH_PREFIX)) return (client.android_apk_key_hashes ?? []).includes(origin.slice(APK_KEY_HASH_PREFIX.length));
  return originAllowed(client.origins, origin);
}

/**
 * Whether an origin is one of a client's allowed origins. A pattern is an exact origin
 * (`https://app.example.com`) or `scheme://host:*`, any port of that host (and no port).
 * The origin must be a bare origin: `http://localhost.evil.test` never matches `http://localhost:*`.
 */
export function originAllowed(origins: string[], origin: string): boolean {
  const parsed = parseOrigin(origin);
  if (parsed === null) return false;
  return origins.some((pattern) => {
    const p = pattern.toLowerCase();
    return p.endsWith(':*') ? p.slice(0, -2) === parsed.hostBase : p === parsed.origin;
  });
}

type ParsedOrigin = { origin: string; hostBase: string } | null;

/**
 * The Origin header is checked on every browser request (CORS) and ceremony, and a client
 * sends the same few origins: parsing with `new URL` is the cost, so parses are kept, up to
 * a bound (an attacker's stream of distinct origins only recycles the cache).
 */
const parsedOrigins = new Map<string, ParsedOrigin>();
const PARSED_ORIGINS_MAX = 1000;

function parseOrigin(origin: string): ParsedOrigin {
  let parsed = parsedOrigins.get(origin);
  if (parsed !== undefined) return parsed;
  try {
    const url = new URL(origin);
    // A bare origin only: a path, query, user info or trailing slash makes it no origin.
    parsed = url.origin === origin.toLowerCase() ? { origin: url.origin, hostBase: `${url.protocol}//${url.hostname}` } : null;
  } catch {
    parsed = null;
  }
  if (parsedOrigins.size >= PARSED_ORIGINS_MAX) parsedOrigins.clear();
  parsedOrigins.set(origin, parsed);
  return parsed;
}

export function describeOrigins(origins: string[]): string {
  return origins.length === 0 ? '(none)' : origins.join(', ');
}
