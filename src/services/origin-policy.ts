/**
 * Whether an origin is one of a client's allowed origins. A pattern is an exact origin
 * (`https://app.example.com`) or `scheme://host:*`, any port of that host (and no port).
 * The origin must be a bare origin: `http://localhost.evil.test` never matches `http://localhost:*`.
 */
export function originAllowed(origins: string[], origin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin !== origin.toLowerCase()) return false;
  const hostBase = `${parsed.protocol}//${parsed.hostname}`;
  return origins.some((pattern) => {
    const p = pattern.toLowerCase();
    return p.endsWith(':*') ? p.slice(0, -2) === hostBase : p === parsed.origin;
  });
}

export function describeOrigins(origins: string[]): string {
  return origins.length === 0 ? '(none)' : origins.join(', ');
}
