/**
 * Whether a redirect URI is registered: an exact string match (as OAuth requires, RFC 6749
 * §3.1.2.3), or, for an entry `scheme://host:*` (the default client's local apps), any port and
 * path of that host, without userinfo or fragment.
 */
export function redirectAllowed(registered: readonly string[] | undefined, uri: string): boolean {
  for (const entry of registered ?? []) {
    if (entry === uri) return true;
    if (!entry.endsWith(':*')) continue;
    let url: URL;
    try {
      url = new URL(uri);
    } catch {
      return false;
    }
    if (url.username || url.password || url.hash) continue;
    const [scheme, host] = entry.slice(0, -2).split('://');
    if (url.protocol === `${scheme}:` && url.hostname === host && uri.startsWith(`${scheme}://${host}`)) return true;
  }
  return false;
}
