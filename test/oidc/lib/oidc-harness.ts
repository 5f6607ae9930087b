import * as oidc from 'openid-client';
import type { LightMyRequestResponse } from 'fastify';
import { createSandbox, type Sandbox } from '../../../src/index.js';
import { specErrors, type Tap } from '../../helper.js';

export const REDIRECT = 'http://127.0.0.1:9999/callback';
export const AFTER_LOGOUT = 'http://127.0.0.1:9999/signed-out';
/** Characters RFC 6749 §2.3.1's form-encoding must carry through Basic: `+ / = %`. */
export const SECRET = 'sk_test+/=%secret';

export interface OidcHarness {
  sb: Sandbox;
  issuer: string;
  /** fetch, with every answer of the sandbox checked against openapi.yaml (a mismatch fails the test). */
  fetch: typeof fetch;
  /** A confidential client (secret SECRET) with one user, and its openid-client configuration. */
  client(auth?: 'basic' | 'post'): Promise<{ clientId: string; userId: string; config: oidc.Configuration }>;
  /** POST /__sandbox/oidc/login */
  queue(clientId: string, userId: string, amr?: string[]): Promise<void>;
  /** GET the authorize URL; the Location it redirects to and the cookie it sets. */
  authorize(url: URL, cookie?: string): Promise<{ status: number; location: URL | null; cookie: string | undefined; body: string }>;
}

/**
 * A listening sandbox on 127.0.0.1 for openid-client, which speaks real HTTP. Its clock is pinned
 * at the real now: relying-party libraries check iat and exp against real time.
 */
export async function oidcHarness(t: Tap & { teardown: (fn: () => unknown) => void }): Promise<OidcHarness> {
  const sb = await createSandbox({ seed: 42, clock: new Date(Math.floor(Date.now() / 1000) * 1000).toISOString(), responseValidation: 'error' });
  t.teardown(() => sb.close());
  const checked: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const res = await fetch(request, { redirect: 'manual' });
    const body = await res.text();
    const url = new URL(request.url);
    if (url.origin === sb.url) {
      const headers = Object.fromEntries(res.headers);
      const problems = await specErrors(request.method, url.pathname + url.search, { statusCode: res.status, headers, body } as unknown as LightMyRequestResponse);
      if (problems.length > 0) t.fail(`${request.method} ${url.pathname} does not match openapi.yaml`, { problems, body });
    }
    return new Response([204, 302, 304].includes(res.status) ? null : body, { status: res.status, headers: res.headers });
  };
  const issuer = `${sb.url}/oidc`;
  const json = async (method: string, path: string, payload: unknown) => {
    const res = await checked(`${sb.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  let clients = 0;
  return {
    sb, issuer, fetch: checked,
    async client(auth = 'basic') {
      clients += 1;
      const created = await json('POST', '/__sandbox/clients', {
        name: `oidc-${clients}`, redirect_uris: [REDIRECT], post_logout_redirect_uris: [AFTER_LOGOUT], client_secret: SECRET,
      });
      const clientId = created.client_id as string;
      const user = await json('POST', '/__sandbox/users', { client_id: clientId, email: `user${clients}@example.com` });
      const method = auth === 'basic' ? oidc.ClientSecretBasic(SECRET) : oidc.ClientSecretPost(SECRET);
      // enableNonRepudiationChecks: openid-client verifies each id_token's signature against the JWKS too.
      const config = await oidc.discovery(new URL(issuer), clientId, undefined, method, { execute: [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks], [oidc.customFetch]: checked });
      return { clientId, userId: user.user_id as string, config };
    },
    async queue(clientId, userId, amr) {
      await json('POST', '/__sandbox/oidc/login', { client_id: clientId, user_id: userId, ...(amr ? { amr } : {}) });
    },
    async authorize(url, cookie) {
      const res = await checked(url, cookie ? { headers: { cookie } } : {});
      const location = res.headers.get('location');
      return { status: res.status, location: location ? new URL(location) : null, cookie: res.headers.get('set-cookie')?.split(';')[0], body: await res.text() };
    },
  };
}

/** A fresh PKCE pair, state and nonce, and the authorize URL openid-client builds from them. */
export async function codeRequest(config: oidc.Configuration, extra: Record<string, string> = {}) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT, scope: 'openid email profile', state, nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256', ...extra,
  });
  return { verifier, state, nonce, url };
}
