import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenAPIBackend } from 'openapi-backend';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type Built } from '../src/app.js';
import { resolveConfig, type Config } from '../src/config.js';
import { ajvOptions, customizeAjv } from '../src/openapi/create-ajv.js';
import { loadSpec } from '../src/openapi/spec.js';
import { VirtualAuthenticator, type VirtualAuthenticatorOptions } from '../src/authenticator/index.js';

import type { Test } from 'tap';

export type Tap = Pick<Test, 'teardown' | 'fail'>;

export const DEFAULT_CLIENT = 'cli_sandbox0000000000001';
export const ALICE = { user_id: '6694b8ab9b41d3ca01e580d3', email: 'alice@example.com' };
export const BOB = { user_id: '6694c133565dfee5166d1cbb', email: 'bob@example.com' };
export const ORIGIN = 'http://localhost:3000';
export const PINNED = '2026-01-01T00:00:00.000Z';

let specApi: Promise<OpenAPIBackend> | undefined;

/** A separate openapi-backend over openapi.yaml, used only to check responses in tests. */
function specValidator(): Promise<OpenAPIBackend> {
  specApi ??= (async () => {
    const api = new OpenAPIBackend({ definition: loadSpec() as never, strict: false, ajvOpts: { ...ajvOptions }, customizeAjv: (ajv) => customizeAjv(ajv), handlers: {} });
    await api.init();
    return api;
  })();
  return specApi;
}

/**
 * Checks a response against openapi.yaml: the operation's declared response for its status
 * (or `default`), and for unrouted requests (404/405) the Error schema.
 */
export async function specErrors(method: string, url: string, res: LightMyRequestResponse): Promise<string[]> {
  const api = await specValidator();
  const [path] = url.split('?');
  const op = api.router.matchOperation({ method: method === 'HEAD' ? 'get' : method.toLowerCase(), path, headers: {} });
  const type = String(res.headers['content-type'] ?? '').split(';')[0].trim();
  if (op && type === '' && res.body === '' && method !== 'HEAD') {
    // A body-less answer (an OIDC redirect): its status must be declared without content.
    const declared = ((op.responses ?? {}) as Record<string, { content?: unknown }>)[String(res.statusCode)];
    return declared && !declared.content ? [] : [`${op.operationId} ${res.statusCode}: no body, but the spec declares none or content for this status`];
  }
  if (op && type !== 'application/json' && method !== 'HEAD') {
    // A text body (the demo page): its media type must be declared for this status.
    const responses = (op.responses ?? {}) as Record<string, { content?: Record<string, unknown> }>;
    const declared = Object.keys((responses[String(res.statusCode)] ?? responses.default)?.content ?? {});
    return declared.includes(type) ? [] : [`${op.operationId} ${res.statusCode}: content-type ${type} is not declared (${declared.join(', ')})`];
  }
  const body = res.body === '' ? undefined : JSON.parse(res.body);
  if (method === 'HEAD') return res.body === '' ? [] : ['HEAD response has a body'];
  const problems: string[] = [];
  if (!String(res.headers['content-type'] ?? '').startsWith('application/json')) problems.push(`content-type is ${res.headers['content-type']}`);
  if (op) {
    const { errors } = api.validateResponse(body, op.operationId!, res.statusCode);
    for (const e of errors ?? []) problems.push(`${op.operationId} ${res.statusCode} ${e.instancePath || '(root)'} ${e.message}`);
  } else {
    const { errors } = api.validateResponse(body, 'sandboxHealth', 500);
    for (const e of errors ?? []) problems.push(`unrouted ${res.statusCode} ${e.instancePath || '(root)'} ${e.message}`);
  }
  return problems;
}

export interface Harness extends Built {
  /** inject + check the response against the spec (a mismatch fails the test). */
  call(opts: InjectOptions & { url: string }): Promise<{ status: number; body: any; headers: Record<string, unknown>; raw: LightMyRequestResponse }>;
  /** An access token for a user of a client (via POST /__sandbox/sessions). */
  session(identifier: string, clientId?: string): Promise<string>;
  /** GET /__sandbox/state */
  state(): Promise<any>;
}

/** One app per test file, closed in teardown. Pinned clock, fixed seed, responses validated strictly. */
export async function build(t: Tap, overrides: Partial<Config> = {}): Promise<Harness> {
  // SANDBOX_TEST_STORE=sqlite runs the same tests on the durable store (a new file per harness).
  let dataDir: string | null = null;
  if (process.env.SANDBOX_TEST_STORE === 'sqlite' && overrides.dataFile === undefined) {
    dataDir = mkdtempSync(join(tmpdir(), 'sandbox-test-'));
    overrides = { ...overrides, dataFile: join(dataDir, 'sandbox.db') };
  } else if (process.env.SANDBOX_TEST_STORE !== undefined && process.env.SANDBOX_TEST_STORE !== 'memory') {
    throw new Error(`SANDBOX_TEST_STORE must be memory or sqlite, got ${process.env.SANDBOX_TEST_STORE}`);
  }
  const built = await buildApp(resolveConfig({ logLevel: 'silent', seed: 42, clock: PINNED, responseValidation: 'error', ...overrides }));
  t.teardown(async () => {
    await built.app.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  const call: Harness['call'] = async (opts) => {
    const raw = await built.app.inject(opts);
    const problems = await specErrors(String(opts.method ?? 'GET'), opts.url, raw);
    if (problems.length > 0) t.fail(`response to ${opts.method ?? 'GET'} ${opts.url} does not match openapi.yaml`, { problems, body: raw.body });
    const json = String(raw.headers['content-type'] ?? '').startsWith('application/json');
    return { status: raw.statusCode, body: raw.body === '' ? undefined : json ? JSON.parse(raw.body) : raw.body, headers: raw.headers, raw };
  };
  return {
    ...built,
    call,
    async session(identifier, clientId = DEFAULT_CLIENT) {
      const res = await call({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: clientId, identifier } });
      if (res.status !== 200) throw new Error(`session failed: ${JSON.stringify(res.body)}`);
      return res.body.access_token as string;
    },
    async state() {
      return (await call({ url: '/__sandbox/state' })).body;
    },
  };
}

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

export const paths = {
  login: (params: Record<string, string>) => `/api/v1/auth/passwordless/passkey/login?${q(params)}`,
  register: (params: Record<string, string>) => `/api/v1/auth/passwordless/passkey/register?${q(params)}`,
  status: (params: Record<string, string>) => `/api/v1/auth/passwordless/passkey/status?${q(params)}`,
  credentials: (params: Record<string, string>) => `/api/v1/auth/passwordless/passkey/credentials?${q(params)}`,
  credential: (id: string, params: Record<string, string>) => `/api/v1/auth/passwordless/passkey/credentials/${id}?${q(params)}`,
  authStatus: (params: Record<string, string>) => `/api/v1/auth/status?${q(params)}`,
};

/** Registers a passkey for `email` through the API with a virtual authenticator; returns what a test needs next. */
export async function registerPasskey(h: Harness, email: string, opts: { authenticator?: VirtualAuthenticator; alg?: VirtualAuthenticatorOptions['alg']; clientId?: string; origin?: string } = {}) {
  const clientId = opts.clientId ?? DEFAULT_CLIENT;
  const authenticator = opts.authenticator ?? new VirtualAuthenticator({ alg: opts.alg ?? -7 });
  const token = await h.session(email, clientId);
  const auth = { authorization: `Bearer ${token}` };
  const init = await h.call({ url: paths.register({ client_id: clientId }), headers: auth });
  if (init.status !== 200) throw new Error(`register init failed: ${JSON.stringify(init.body)}`);
  const passkey = authenticator.createCredential(init.body.publicKey, { origin: opts.origin ?? ORIGIN });
  const done = await h.call({ method: 'POST', url: paths.register({ client_id: clientId, auth_code: init.body.auth_code }), headers: auth, payload: { passkey } });
  if (done.status !== 200) throw new Error(`register failed: ${JSON.stringify(done.body)}`);
  return { authenticator, token, auth, credentialId: passkey.id };
}

/** Initiates a login and signs the options; the test decides what to do with the assertion. */
export async function startLogin(h: Harness, email: string, authenticator: VirtualAuthenticator, getOpts: Parameters<VirtualAuthenticator['getAssertion']>[1] = { origin: ORIGIN }, clientId = DEFAULT_CLIENT) {
  const init = await h.call({ url: paths.login({ client_id: clientId, identifier: email }) });
  if (init.status !== 200) throw new Error(`login init failed: ${JSON.stringify(init.body)}`);
  const passkey = authenticator.getAssertion(init.body.publicKey, getOpts);
  const finishUrl = paths.login({ client_id: clientId, identifier: email, auth_code: init.body.auth_code });
  return { init: init.body, passkey, finishUrl };
}

/** The state without the ceremonies and RNG position: what a refused request must leave unchanged. */
export function durableState(state: any) {
  const { ceremonies: _c, rng: _r, ...rest } = state;
  return rest;
}

/** Asserts a response is the given error in SSOJet's envelope, its description matching. */
export function isError(t: Test, res: { status: number; body: any }, status: number, error: string, description: RegExp) {
  t.equal(res.status, status, JSON.stringify(res.body));
  t.same(Object.keys(res.body).sort(), ['error', 'error_code', 'error_description'], "SSOJet's error envelope");
  t.equal(res.body.error, error);
  t.match(res.body.error_description, description);
}

/**
 * RFC 6238 TOTP (SHA-1, 6 digits, 30 s) written out from the RFC with node:crypto, independent of
 * the `otpauth` library the sandbox uses, so a test checks the sandbox's codes for real.
 */
export function rfc6238(base32: string, atMs: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of base32.replace(/=+$/, '')) bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / 30000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

export const mfaPaths = {
  token: (clientId = DEFAULT_CLIENT) => `/api/v1/auth/mfa/token?client_id=${clientId}`,
  authenticators: (clientId = DEFAULT_CLIENT) => `/api/v1/auth/mfa/authenticators?client_id=${clientId}`,
  enroll: (clientId = DEFAULT_CLIENT) => `/api/v1/auth/mfa/enroll?client_id=${clientId}`,
  initiate: (clientId = DEFAULT_CLIENT) => `/api/v1/auth/mfa/initiate?client_id=${clientId}`,
  qrCode: (clientId = DEFAULT_CLIENT) => `/api/v1/auth/mfa/qr-code?client_id=${clientId}`,
  validate: (clientId = DEFAULT_CLIENT) => `/api/v1/auth/mfa/validate?client_id=${clientId}`,
  backupCodes: (clientId = DEFAULT_CLIENT) => `/api/v1/auth/mfa/backupcode?client_id=${clientId}`,
};

/** The client's secret, as GET /__sandbox/clients lists it. */
export async function clientSecretOf(h: Harness, clientId = DEFAULT_CLIENT): Promise<string> {
  const clients = (await h.call({ url: '/__sandbox/clients' })).body as Array<{ client_id: string; client_secret: string }>;
  return clients.find((c) => c.client_id === clientId)!.client_secret;
}

/** An mfa_token for `identifier` (MFA Access Token with the client's secret), as `authorization` headers. */
export async function mfaBearer(h: Harness, identifier: string, clientId = DEFAULT_CLIENT) {
  const res = await h.call({ method: 'POST', url: mfaPaths.token(clientId), headers: { 'x-client-secret': await clientSecretOf(h, clientId) }, payload: { identifier } });
  if (res.status !== 200) throw new Error(`mfa token failed: ${JSON.stringify(res.body)}`);
  return { authorization: `Bearer ${res.body.mfa_token as string}` };
}

/** Enrols `identifier` in TOTP and, unless `pending`, activates it with the current code; returns the secret and the Bearer. */
export async function enrolTotp(h: Harness, identifier: string, opts: { clientId?: string; pending?: boolean } = {}) {
  const clientId = opts.clientId ?? DEFAULT_CLIENT;
  const auth = await mfaBearer(h, identifier, clientId);
  const enrol = await h.call({ method: 'POST', url: mfaPaths.enroll(clientId), headers: auth, payload: {} });
  if (enrol.status !== 200) throw new Error(`enrol failed: ${JSON.stringify(enrol.body)}`);
  const secret = enrol.body.secret as string;
  if (!opts.pending) {
    const now = Date.parse((await h.call({ url: '/__sandbox/clock' })).body.now);
    const ok = await h.call({ method: 'POST', url: mfaPaths.validate(clientId), headers: auth, payload: { otp: rfc6238(secret, now) } });
    if (ok.status !== 200) throw new Error(`activation failed: ${JSON.stringify(ok.body)}`);
  }
  return { secret, auth, barcode_uri: enrol.body.barcode_uri as string };
}
