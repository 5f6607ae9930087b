import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import type { Test } from 'tap';
import { VirtualAuthenticator } from '../../../src/authenticator/index.js';
import { ALICE, BOB, build, DEFAULT_CLIENT, enrolTotp, ORIGIN, paths, registerPasskey, specErrors, startLogin, type Harness } from '../../helper.js';
import { applyMutations, describeRequest, percentEncode, mutationArb, url, type FuzzRequest, type Mutation } from './mutations.js';
import { oidcProviders } from './oidc-providers.js';
import { FUZZ_ORGANIZATION, managementProviders, membershipProvider } from './management-providers.js';
import { schemaArb } from './schema-arb.js';
import { specOperations, type SpecOperation } from './spec-ops.js';

/**
 * Spec-driven fuzzing. For every operation of openapi.yaml: a real, working request built from
 * live context (a fresh auth_code, a real Bearer, a real WebAuthn response from the virtual
 * authenticator), then per case either that request, a request generated from the operation's
 * schemas, or the real request with 1-3 mutations. Invariants per case: no 5xx; every answer
 * valid against openapi.yaml and every error in SSOJet's envelope; a refused request leaves the
 * exported state unchanged (except the documented use of its auth_code). Seeded: FUZZ_SEED,
 * FUZZ_RUNS (cases per SSOJet operation), FUZZ_ONLY=<operationId>[:<case>] to replay.
 */

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261129);
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const ONLY = process.env.FUZZ_ONLY;

/** FNV-1a: a per-operation seed, so adding an operation does not shift the others' cases. */
function opSeed(operationId: string): number {
  let h = 0x811c9dc5 ^ FUZZ_SEED;
  for (const ch of operationId) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h | 0;
}

type Plan =
  | { mode: 'real' }
  | { mode: 'schema'; params: unknown[]; keep: boolean[]; body: unknown; useBody: boolean }
  | { mode: 'mutated'; mutations: Mutation[] };

function planArb(op: SpecOperation): fc.Arbitrary<Plan> {
  const webauthn = ['finishPasskeyAuthentication', 'completePasskeyRegistration', 'sandboxAuthenticatorCreate', 'sandboxAuthenticatorGet'].includes(op.operationId);
  const mutations = mutationArb({
    hasBody: op.body !== undefined,
    hasQuery: op.params.some((p) => p.in === 'query'),
    hasPathParam: op.params.some((p) => p.in === 'path'),
    webauthn,
  });
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<Plan>({ mode: 'real' }) },
    {
      weight: 3,
      arbitrary: fc.record({
        mode: fc.constant('schema' as const),
        params: fc.tuple(...op.params.map((p) => fc.option(schemaArb(p.schema), { freq: p.required ? 10 : 2 }))),
        keep: fc.array(fc.boolean(), { minLength: op.params.length, maxLength: op.params.length }),
        body: op.body ? fc.option(schemaArb(op.body.schema), { freq: op.body.required ? 10 : 2 }) : fc.constant(undefined),
        useBody: fc.boolean(),
      }) as fc.Arbitrary<Plan>,
    },
    { weight: 8, arbitrary: fc.record({ mode: fc.constant('mutated' as const), mutations: fc.array(mutations, { minLength: 1, maxLength: 3 }) }) },
  );
}

/** A real, working request for an operation, and what it may use up if refused. */
interface Context {
  req: FuzzRequest;
  pathParams: Record<string, string>;
}

interface World {
  h: Harness;
  alice: Awaited<ReturnType<typeof registerPasskey>>;
  authenticatorId: string;
  /** An organization of the default client whose domain is alice's (the management operations' target). */
  organizationId: string;
  baseline: string;
}

async function setup(t: Test): Promise<World> {
  // Brute-force limits off: thousands of failed sign-ins on alice would otherwise turn the
  // WebAuthn cases into 429s after the 30th (test/api/rate-limits.test.ts covers the limits).
  const h = await build(t, { rateLimits: false });
  const alice = await registerPasskey(h, ALICE.email);
  // A virtual authenticator held by the sandbox, with a credential for bob, so /get can sign.
  const created = await h.call({ method: 'POST', url: '/__sandbox/authenticators', payload: { alg: -7 } });
  const authenticatorId = created.body.authenticator_id as string;
  const bobAuth = { authorization: `Bearer ${await h.session(BOB.email)}` };
  const init = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: bobAuth });
  const attestation = await h.call({ method: 'POST', url: `/__sandbox/authenticators/${authenticatorId}/create`, payload: { publicKey: init.body.publicKey, origin: ORIGIN } });
  const done = await h.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: init.body.auth_code }), headers: bobAuth, payload: { passkey: attestation.body } });
  if (done.status !== 200) throw new Error(`setup: bob's registration failed: ${JSON.stringify(done.body)}`);
  // Bob has an active TOTP enrolment, so the MFA cases get past "not enrolled" to the code checks.
  await enrolTotp(h, BOB.email);
  const org = await h.call({ method: 'POST', url: `/api/v1/organization?client_id=${DEFAULT_CLIENT}`, payload: FUZZ_ORGANIZATION });
  return { h, alice, authenticatorId, organizationId: org.body.id as string, baseline: await exportJson(h) };
}

const exportJson = async (h: Harness) => JSON.stringify(await h.runtime.exportState());

const get = (path: string, query: [string, string][] = [], headers: Record<string, string> = {}): FuzzRequest => ({ method: 'GET', path, query, headers });
const withBody = (method: string, path: string, json: unknown, query: [string, string][] = [], headers: Record<string, string> = {}): FuzzRequest => ({ method, path, query, headers, body: { json } });

async function inject(h: Harness, opts: { url: string; method?: string; headers?: Record<string, string> }) {
  const res = await h.app.inject({ method: (opts.method ?? 'GET') as 'GET', url: opts.url, headers: opts.headers });
  if (res.statusCode !== 200) throw new Error(`context call ${opts.url} failed: ${res.statusCode} ${res.body}`);
  return JSON.parse(res.body);
}

const PHONE = '+14155550123';

/** A passwordless send made for a case's context, and the message it delivered (its code or magictext). */
async function sent(h: Harness, path: string, body: object): Promise<{ state: string; message: { code: string; magictext: string } }> {
  const res = await h.app.inject({ method: 'POST', url: `/api/v1/auth/passwordless/${path}?client_id=${DEFAULT_CLIENT}`, payload: body });
  if (res.statusCode !== 200) throw new Error(`context send ${path} failed: ${res.statusCode} ${res.body}`);
  const { state } = JSON.parse(res.body) as { state: string };
  const message = h.services.outbox.list({ state }).at(-1)!;
  return { state, message: message as never };
}

async function post(h: Harness, url: string, payload: object) {
  const res = await h.app.inject({ method: 'POST', url, payload });
  if (res.statusCode >= 300) throw new Error(`context call ${url} failed: ${res.statusCode} ${res.body}`);
  return JSON.parse(res.body);
}

/** Every operation of openapi.yaml needs a provider here (a test fails if one is missing). */
const providers: Record<string, (w: World) => Promise<Context>> = {
  async initiatePasskeyLogin() {
    return { req: get('/api/v1/auth/passwordless/passkey/login', [['client_id', DEFAULT_CLIENT], ['identifier', ALICE.email]]), pathParams: {} };
  },
  async finishPasskeyAuthentication({ h, alice }) {
    const init = await inject(h, { url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
    const passkey = alice.authenticator.getAssertion(init.publicKey, { origin: ORIGIN });
    return { req: withBody('POST', '/api/v1/auth/passwordless/passkey/login', { passkey }, [['client_id', DEFAULT_CLIENT], ['identifier', ALICE.email], ['auth_code', init.auth_code]]), pathParams: {} };
  },
  async passkeyRegistrationInitialize({ alice }) {
    return { req: get('/api/v1/auth/passwordless/passkey/register', [['client_id', DEFAULT_CLIENT]], alice.auth), pathParams: {} };
  },
  async completePasskeyRegistration({ h, alice }) {
    const init = await inject(h, { url: paths.register({ client_id: DEFAULT_CLIENT }), headers: alice.auth });
    const passkey = new VirtualAuthenticator({ alg: -7 }).createCredential(init.publicKey, { origin: ORIGIN });
    return { req: withBody('POST', '/api/v1/auth/passwordless/passkey/register', { passkey }, [['client_id', DEFAULT_CLIENT], ['auth_code', init.auth_code]], alice.auth), pathParams: {} };
  },
  async checkPasskeyAuthStatus() {
    return { req: get('/api/v1/auth/passwordless/passkey/status', [['client_id', DEFAULT_CLIENT], ['identifier', ALICE.email]]), pathParams: {} };
  },
  async listPasskeyCredentials({ alice }) {
    return { req: get('/api/v1/auth/passwordless/passkey/credentials', [['client_id', DEFAULT_CLIENT]], alice.auth), pathParams: {} };
  },
  async updatePasskeyName({ alice }) {
    return { req: withBody('PATCH', '', { name: 'Work laptop' }, [['client_id', DEFAULT_CLIENT]], alice.auth), pathParams: { passkeyid: alice.credentialId } };
  },
  async deletePasskey({ alice }) {
    return { req: { ...get('', [], alice.auth), method: 'DELETE', headers: { ...alice.auth, 'x-client-id': DEFAULT_CLIENT } }, pathParams: { passkeyid: alice.credentialId } };
  },
  async getAuthStatus({ h }) {
    const init = await inject(h, { url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email }) });
    return { req: get('/api/v1/auth/status', [['client_id', DEFAULT_CLIENT], ['state', init.auth_code]]), pathParams: {} };
  },
  async mfaAccessToken({ h }) {
    const secret = (await inject(h, { url: '/__sandbox/clients' }))[0].client_secret;
    const req = withBody('POST', '/api/v1/auth/mfa/token', { identifier: ALICE.email }, [['client_id', DEFAULT_CLIENT]]);
    return { req: { ...req, headers: { ...req.headers, 'x-client-secret': secret } }, pathParams: {} };
  },
  async listMfaAuthenticators({ h }) { return { req: get('/api/v1/auth/mfa/authenticators', [['client_id', DEFAULT_CLIENT]], await bobMfa(h)), pathParams: {} }; },
  // Alice (an access token as the MFA Bearer) has no enrolment, so hers can start.
  async enrollMfaTotp({ alice }) { return { req: withBody('POST', '/api/v1/auth/mfa/enroll', {}, [['client_id', DEFAULT_CLIENT]], alice.auth), pathParams: {} }; },
  async initiateMfa({ h }) { return { req: withBody('POST', '/api/v1/auth/mfa/initiate', { authenticator_type: 'oob', oob_channels: 'email' }, [['client_id', DEFAULT_CLIENT]], await bobMfa(h)), pathParams: {} }; },
  async getMfaQrCode({ h }) { return { req: get('/api/v1/auth/mfa/qr-code', [['client_id', DEFAULT_CLIENT]], await bobMfa(h)), pathParams: {} }; },
  async validateMfaToken({ h }) {
    // A live out-of-band challenge and the code the outbox holds for it; schema cases without
    // oob_code reach the TOTP and backup-code checks instead.
    const auth = await bobMfa(h);
    const res = await h.app.inject({ method: 'POST', url: `/api/v1/auth/mfa/initiate?client_id=${DEFAULT_CLIENT}`, headers: auth, payload: { authenticator_type: 'oob', oob_channels: 'email' } });
    const { oob_code } = JSON.parse(res.body) as { oob_code: string };
    const [message] = h.services.outbox.list({ state: oob_code });
    if (!message) throw new Error(`context: no outbox message for ${res.body}`);
    return { req: withBody('POST', '/api/v1/auth/mfa/validate', { oob_code, otp: message.code }, [['client_id', DEFAULT_CLIENT]], auth), pathParams: {} };
  },
  async getMfaBackupCodes({ h }) { return { req: get('/api/v1/auth/mfa/backupcode', [['client_id', DEFAULT_CLIENT]], await bobMfa(h)), pathParams: {} }; },
  async refreshToken({ h }) {
    const { refresh_token } = await post(h, '/__sandbox/sessions', { client_id: DEFAULT_CLIENT, identifier: ALICE.email });
    return { req: get('/api/v1/accesstoken/refresh', [['client_id', DEFAULT_CLIENT], ['refresh_token', refresh_token]]), pathParams: {} };
  },
  async accessTokenByAuthCode({ h }) {
    const { code, state } = await post(h, '/__sandbox/sso/codes', { client_id: DEFAULT_CLIENT, identifier: ALICE.email, state: 'fuzz-state' });
    return { req: get('/api/v1/sso/oauth/accesstoken', [['client_id', DEFAULT_CLIENT], ['code', code], ['state', state]]), pathParams: {} };
  },
  async sandboxCreateSsoCode() {
    return { req: withBody('POST', '/__sandbox/sso/codes', { client_id: DEFAULT_CLIENT, identifier: ALICE.email, state: 'fuzz-state' }), pathParams: {} };
  },
  async getJwks() { return { req: get('/.well-known/jwks.json'), pathParams: {} }; },
  async sandboxHealth() { return { req: get('/__sandbox/health'), pathParams: {} }; },
  async sandboxReset() { return { req: withBody('POST', '/__sandbox/reset', { scenario: 'default', seed: 42 }), pathParams: {} }; },
  async sandboxListClients() { return { req: get('/__sandbox/clients'), pathParams: {} }; },
  async sandboxCreateClient() {
    return { req: withBody('POST', '/__sandbox/clients', { name: 'fuzz', rp_id: 'localhost', origins: ['http://localhost:3000'], policy: { user_verification: 'required' } }), pathParams: {} };
  },
  async sandboxListUsers() { return { req: get('/__sandbox/users', [['client_id', DEFAULT_CLIENT]]), pathParams: {} }; },
  async sandboxCreateUser() { return { req: withBody('POST', '/__sandbox/users', { client_id: DEFAULT_CLIENT, email: 'carol@example.com' }), pathParams: {} }; },
  async sandboxCreateSession() { return { req: withBody('POST', '/__sandbox/sessions', { client_id: DEFAULT_CLIENT, identifier: ALICE.email }), pathParams: {} }; },
  async sandboxGetState() { return { req: get('/__sandbox/state'), pathParams: {} }; },
  async sandboxPutState({ baseline }) { return { req: withBody('PUT', '/__sandbox/state', JSON.parse(baseline)), pathParams: {} }; },
  async sandboxGetClock() { return { req: get('/__sandbox/clock'), pathParams: {} }; },
  async sandboxSetClock() { return { req: withBody('POST', '/__sandbox/clock', { advance_ms: 1000 }), pathParams: {} }; },
  async sandboxListAuthenticators() { return { req: get('/__sandbox/authenticators'), pathParams: {} }; },
  async sandboxCreateAuthenticator() {
    return { req: withBody('POST', '/__sandbox/authenticators', { alg: -8, uv: true, up: true, backup_eligible: true, backup_state: false, aaguid: '00000000-0000-0000-0000-000000000000', sign_count: 5, transports: ['internal', 'hybrid'] }), pathParams: {} };
  },
  async sandboxAuthenticatorCreate({ h, alice, authenticatorId }) {
    const init = await inject(h, { url: paths.register({ client_id: DEFAULT_CLIENT }), headers: alice.auth });
    return { req: withBody('POST', '', { publicKey: init.publicKey, origin: ORIGIN }), pathParams: { authenticator_id: authenticatorId } };
  },
  async sandboxAuthenticatorGet({ h, authenticatorId }) {
    const init = await inject(h, { url: paths.login({ client_id: DEFAULT_CLIENT, identifier: BOB.email }) });
    return { req: withBody('POST', '', { publicKey: init.publicKey, origin: ORIGIN }), pathParams: { authenticator_id: authenticatorId } };
  },
  async sandboxListAuthenticatorCredentials({ authenticatorId }) { return { req: get(''), pathParams: { authenticator_id: authenticatorId } }; },
  async sandboxListRequests() { return { req: get('/__sandbox/requests', [['operation', 'initiatePasskeyLogin'], ['status', '200'], ['client_id', DEFAULT_CLIENT], ['limit', '5']]), pathParams: {} }; },
  async sandboxListFaults() { return { req: get('/__sandbox/faults'), pathParams: {} }; },
  async sandboxCreateFault() { return { req: withBody('POST', '/__sandbox/faults', { operation: 'getJwks', status: 503, count: 1 }), pathParams: {} }; },
  async sandboxDemo() { return { req: get('/__sandbox/demo', [['client_id', DEFAULT_CLIENT]]), pathParams: {} }; },
  async sandboxDemoAsset() { return { req: get(''), pathParams: { asset: 'demo.js' } }; },
  async sandboxListOutbox({ h }) {
    deliverSample(h);
    return { req: get('/__sandbox/outbox', [['client_id', DEFAULT_CLIENT], ['kind', 'email_otp'], ['limit', '5']]), pathParams: {} };
  },
  async sandboxNextOutboxMessage({ h }) {
    deliverSample(h);
    // A generated timeout_ms may be 30 s: every waiting poll is answered within 10 ms instead.
    releaser ??= setInterval(() => h.services.outbox.releaseWaiters(), 10).unref();
    return { req: get('/__sandbox/outbox/next', [['to', ALICE.email], ['timeout_ms', '0']]), pathParams: {} };
  },
  async sandboxOutboxView({ h }) {
    deliverSample(h);
    return { req: get('/__sandbox/outbox/view'), pathParams: {} };
  },
  async sandboxClearOutbox() { return { req: { method: 'DELETE', path: '/__sandbox/outbox', query: [], headers: {} }, pathParams: {} }; },
  async sendMagicLink() { return { req: withBody('POST', '/api/v1/auth/passwordless/magic-link/send', { email: ALICE.email }, [['client_id', DEFAULT_CLIENT]]), pathParams: {} }; },
  async resendMagicLink({ h }) {
    const { state } = await sent(h, 'magic-link/send', { email: ALICE.email });
    return { req: withBody('POST', '/api/v1/auth/passwordless/magic-link/resend', { state }, [['client_id', DEFAULT_CLIENT]]), pathParams: {} };
  },
  async verifyMagicLink({ h }) {
    const { state, message } = await sent(h, 'magic-link/send', { email: ALICE.email });
    return { req: get('/api/v1/auth/passwordless/magic-link/verify', [['client_id', DEFAULT_CLIENT], ['state', state], ['magictext', message.magictext]]), pathParams: {} };
  },
  async pingMagicLinkStatus({ h }) {
    const { state } = await sent(h, 'magic-otp/send', { email: ALICE.email });
    return { req: get('/api/v1/auth/passwordless/magic-link/status', [['client_id', DEFAULT_CLIENT], ['state', state]]), pathParams: {} };
  },
  async sendEmailOtp() { return { req: withBody('POST', '/api/v1/auth/passwordless/magic-otp/send', { email: ALICE.email }, [['client_id', DEFAULT_CLIENT]]), pathParams: {} }; },
  async resendEmailOtp({ h }) {
    const { state } = await sent(h, 'magic-otp/send', { email: ALICE.email });
    return { req: withBody('POST', '/api/v1/auth/passwordless/email-otp/resend', { state }, [['client_id', DEFAULT_CLIENT]]), pathParams: {} };
  },
  async verifyEmailOtp({ h }) {
    const { state, message } = await sent(h, 'magic-otp/send', { email: ALICE.email });
    return { req: withBody('POST', '/api/v1/auth/passwordless/email-otp/verify', { state, otp: message.code }, [['client_id', DEFAULT_CLIENT]]), pathParams: {} };
  },
  async sendSmsOtp() { return { req: withBody('POST', '/api/v1/auth/passwordless/phone-otp/send', { phone_id: PHONE }, [['client_id', DEFAULT_CLIENT]]), pathParams: {} }; },
  async resendSmsOtp({ h }) {
    const { state } = await sent(h, 'phone-otp/send', { phone_id: PHONE });
    return { req: withBody('POST', '/api/v1/auth/passwordless/phone-otp/resend', { state }, [['client_id', DEFAULT_CLIENT]]), pathParams: {} };
  },
  async verifySmsOtp({ h }) {
    const { state, message } = await sent(h, 'phone-otp/send', { phone_id: PHONE });
    return { req: withBody('POST', '/api/v1/auth/passwordless/phone-otp/verify', { state, otp: message.code }, [['client_id', DEFAULT_CLIENT]]), pathParams: {} };
  },
  async sandboxGetMfaTotp() { return { req: get('/__sandbox/mfa/totp', [['client_id', DEFAULT_CLIENT], ['user_id', ALICE.user_id]]), pathParams: {} }; },
  async sandboxClearFaults() { return { req: { method: 'DELETE', path: '/__sandbox/faults', query: [], headers: {} }, pathParams: {} }; },
  ...oidcProviders,
  sandboxCreateMembership: membershipProvider,
  ...managementProviders,
};

let releaser: NodeJS.Timeout | undefined;

/** A fresh mfa_token of Bob's for each case, so wrong codes of earlier cases never burn it. */
async function bobMfa(h: Harness) {
  const secret = (await inject(h, { url: '/__sandbox/clients' }))[0].client_secret;
  const res = await h.app.inject({ method: 'POST', url: `/api/v1/auth/mfa/token?client_id=${DEFAULT_CLIENT}`, headers: { 'x-client-secret': secret }, payload: { identifier: BOB.email } });
  return { authorization: `Bearer ${(JSON.parse(res.body) as { mfa_token: string }).mfa_token}` };
}

/** A wrong MFA code counts against its Bearer (CONTRACT-API.md §5 B6): only that count may change. */
function onlyCountedWrongCode(beforeJson: string, afterJson: string, errorId: unknown): boolean {
  if (errorId !== 'invalid_otp') return false;
  const { mfa_token_uses: _b, ...before } = JSON.parse(beforeJson);
  const { mfa_token_uses: _a, ...after } = JSON.parse(afterJson);
  return JSON.stringify(before) === JSON.stringify(after);
}

/** One message in the outbox, so the outbox operations have something to list and find. */
function deliverSample(h: Harness) {
  h.services.outbox.deliver({ client_id: DEFAULT_CLIENT, channel: 'email', kind: 'email_otp', to: ALICE.email, text: 'Your code is 123456', state: '0123456789abcdef01234567', code: '123456', expires_at: '2026-01-01T00:05:00.000Z', send_no: 1 });
}

/** A schema-mode request: each parameter and the body either kept from the real request or generated from the spec. */
function schemaRequest(op: SpecOperation, ctx: Context, plan: Extract<Plan, { mode: 'schema' }>): { req: FuzzRequest; pathParams: Record<string, string> } {
  const req: FuzzRequest = { ...ctx.req, query: ctx.req.query.map(([k, v]) => [k, v]), headers: { ...ctx.req.headers } };
  const pathParams = { ...ctx.pathParams };
  op.params.forEach((p, i) => {
    if (plan.keep[i]) return;
    const value = plan.params[i];
    const text = value === null || value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);
    if (p.in === 'query') {
      req.query = req.query.filter(([k]) => k !== p.name);
      if (text !== undefined) req.query.push([p.name, text]);
    } else if (p.in === 'header') {
      delete req.headers[p.name];
      if (text !== undefined) req.headers[p.name] = text;
    } else if (p.in === 'path' && text !== undefined) {
      pathParams[p.name] = percentEncode(text);
    }
  });
  if (op.body && plan.useBody) req.body = plan.body === null || plan.body === undefined ? undefined : { json: plan.body };
  return { req, pathParams };
}

export interface OpFigures {
  operationId: string;
  cases: number;
  modes: Record<string, number>;
  statuses: Record<number, number>;
  /** How often each error id answered: shows how deep the cases got (validation vs. WebAuthn checks). */
  errors: Record<string, number>;
  fiveXX: number;
  violations: number;
  stateDiffs: number;
}

/**
 * A form operation's body as a browser would encode it: strings as they are, a list as the field
 * repeated, anything else as its JSON text; a body that is not an object is sent as its JSON text.
 */
function formEncode(json: unknown): string {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return JSON.stringify(json) ?? '';
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '');
  return new URLSearchParams(Object.entries(json).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((item): [string, string] => [k, text(item)]))).toString();
}

async function send(h: Harness, req: FuzzRequest, form = false): Promise<LightMyRequestResponse> {
  const headers: Record<string, string | string[]> = { ...req.headers };
  const payload = req.body === undefined ? undefined : 'raw' in req.body ? req.body.raw : form ? formEncode(req.body.json) : JSON.stringify(req.body.json);
  const contentType = req.contentType === undefined ? (payload !== undefined ? (form ? 'application/x-www-form-urlencoded' : 'application/json') : undefined) : req.contentType;
  if (contentType !== undefined && contentType !== null) headers['content-type'] = contentType;
  return h.app.inject({ method: req.method as 'GET', url: url(req), headers, payload });
}

/**
 * The documented state changes of a refusal: a refused finish uses up its auth_code (that
 * ceremony may go pending → failed), and a wrong OTP counts on its state (failures + 1).
 */
function withoutConsumed(beforeJson: string, afterJson: string, req: FuzzRequest): boolean {
  const codes = new Set(req.query.filter(([k]) => k === 'auth_code').map(([, v]) => v));
  const body = req.body === undefined ? '' : 'raw' in req.body ? req.body.raw : JSON.stringify(req.body.json);
  // The OIDC sign-in page sends its auth_code in the JSON body.
  const inBody = req.body && 'json' in req.body ? (req.body.json as { auth_code?: unknown } | null)?.auth_code : undefined;
  if (typeof inBody === 'string') codes.add(inBody);
  const before = JSON.parse(beforeJson);
  const after = JSON.parse(afterJson);
  for (const c of before.ceremonies) {
    const now = after.ceremonies.find((a: { auth_code: string }) => a.auth_code === c.auth_code);
    if (codes.has(c.auth_code) && c.status === 'pending' && now?.status === 'failed') c.status = 'failed';
  }
  for (const a of before.passwordless_attempts ?? []) {
    const now = after.passwordless_attempts?.find((b: { state: string }) => b.state === a.state);
    if (body.includes(a.state) && now?.failures === a.failures + 1) a.failures++;
  }
  return JSON.stringify(before) === afterJson;
}

/** Operations whose refusals a person reads in a browser: an HTML page (declared in the spec for the status) stands for the envelope. */
const PAGE_ERRORS = new Set(['verifyMagicLink']);

/** Runs the fuzz cases of the given operations against one app; returns the figures per operation. */
export async function fuzzOperations(t: Test, select: (op: SpecOperation) => boolean, runsFor: (op: SpecOperation) => number): Promise<OpFigures[]> {
  const world = await setup(t);
  const { h } = world;
  const [onlyOp, onlyCase] = ONLY ? ONLY.split(':') : [];
  const ops = specOperations().filter(select).filter((op) => !onlyOp || op.operationId === onlyOp);
  const figures: OpFigures[] = [];
  for (const op of ops) {
    const provider = providers[op.operationId];
    if (!provider) { t.fail(`no fuzz context provider for ${op.operationId}`); continue; }
    const seed = opSeed(op.operationId);
    const plans = fc.sample(planArb(op), { seed, numRuns: runsFor(op) });
    const started = performance.now();
    const fig: OpFigures = { operationId: op.operationId, cases: 0, modes: {}, statuses: {}, errors: {}, fiveXX: 0, violations: 0, stateDiffs: 0 };
    let reported = 0;
    for (const [index, plan] of plans.entries()) {
      if (onlyCase !== undefined && index !== Number(onlyCase)) continue;
      const ctx = await provider(world);
      const base = plan.mode === 'schema' ? schemaRequest(op, ctx, plan) : { req: ctx.req, pathParams: ctx.pathParams };
      const req = applyMutations(base.req, plan.mode === 'mutated' ? plan.mutations : [], { template: op.path, pathParams: base.pathParams });
      const before = await exportJson(h);
      const problems: string[] = [];
      let status = 0;
      let errorId: unknown;
      try {
        const res = await send(h, req, op.body?.form);
        status = res.statusCode;
        if (status >= 500) { fig.fiveXX++; problems.push(`5xx: ${status} ${res.body.slice(0, 500)}`); }
        let body: unknown;
        // JSON everywhere but the demo page and its assets (text, checked by specErrors against the declared media type)
        // and the OIDC face's HTML error pages (CONTRACT-OIDC.md: a 400 page, never a redirect, where the spec declares one).
        const json = /^application\/json/.test(String(res.headers['content-type'] ?? 'application/json'));
        const page = /^text\/html/.test(String(res.headers['content-type'])) && /^\/(oidc|oauth)\//.test(req.path);
        if (json) {
          try { body = res.body === '' ? undefined : JSON.parse(res.body); } catch { problems.push(`the body is not JSON: ${res.body.slice(0, 200)}`); }
        } else if (status >= 400 && !page && !PAGE_ERRORS.has(op.operationId)) {
          problems.push(`an error that is not JSON (${res.headers['content-type']}): ${res.body.slice(0, 200)}`);
        }
        const spec = json && body === undefined && res.body !== '' ? [] : await specErrors(req.method, url(req), res).catch((err: Error) => [`spec check threw: ${err.message}`]);
        if (status >= 400 && json && !page && (typeof body !== 'object' || body === null || Object.keys(body).sort().join() !== 'error,error_code,error_description')) {
          spec.push(`not SSOJet's envelope: ${res.body.slice(0, 300)}`);
        }
        if (spec.length > 0) { fig.violations++; problems.push(...spec); }
        errorId = status >= 400 && body && typeof body === 'object' ? (body as { error?: unknown }).error : undefined;
        if (typeof errorId === 'string') fig.errors[errorId] = (fig.errors[errorId] ?? 0) + 1;
      } catch (err) {
        fig.violations++;
        problems.push(`the request threw: ${(err as Error).stack}`);
      }
      const after = await exportJson(h);
      if (status >= 400 && after !== before && !withoutConsumed(before, after, req) && !onlyCountedWrongCode(before, after, errorId)) {
        fig.stateDiffs++;
        problems.push(`a refused request (${status}) changed the state: ${firstDiff(JSON.parse(before), JSON.parse(after))}`);
      }
      fig.cases++;
      fig.modes[plan.mode] = (fig.modes[plan.mode] ?? 0) + 1;
      fig.statuses[status] = (fig.statuses[status] ?? 0) + 1;
      if (problems.length > 0 && reported++ < 5) {
        t.fail(`fuzz ${op.operationId} case ${index}: ${problems.join(' | ')}`, {
          replay: `FUZZ_SEED=${FUZZ_SEED} FUZZ_RUNS=${FUZZ_RUNS} FUZZ_ONLY=${op.operationId}:${index}`,
          request: describeRequest(req),
          plan: JSON.stringify(plan).slice(0, 2000),
        });
      }
      // Back to the baseline for the next case: the real context (alice's passkey, the token) stays valid.
      h.runtime.faults.clear();
      if (after !== world.baseline) await h.runtime.importState(JSON.parse(world.baseline));
    }
    if (process.env.FUZZ_TIMING) t.comment(`${op.operationId}: ${Math.round(performance.now() - started)} ms`);
    figures.push(fig);
  }
  // Still healthy, and a normal passkey sign-in still works after all of it.
  const health = await h.call({ url: '/__sandbox/health' });
  t.equal(health.status, 200, '/__sandbox/health answers 200 after the fuzz run');
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, world.alice.authenticator);
  const signedIn = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(signedIn.status, 200, 'a normal passkey sign-in still works after the fuzz run');
  const state = await h.call({ url: '/__sandbox/state' });
  t.equal(state.status, 200, 'GET /__sandbox/state still exports the state');
  return figures;
}

function firstDiff(a: unknown, b: unknown, path = ''): string {
  if (JSON.stringify(a) === JSON.stringify(b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDiff((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (d) return d;
    }
  }
  return `${path || '(root)'}: ${JSON.stringify(a)?.slice(0, 200)} → ${JSON.stringify(b)?.slice(0, 200)}`;
}

/** Prints the figures (one line per operation and a total) and asserts the three invariants per operation. */
export function report(t: Test, label: string, figures: OpFigures[]) {
  let total = 0; let fiveXX = 0; let violations = 0; let stateDiffs = 0;
  for (const f of figures) {
    const statuses = Object.entries(f.statuses).map(([s, n]) => `${s}:${n}`).join(' ');
    const errors = Object.entries(f.errors).sort(([, a], [, b]) => b - a).map(([e, n]) => `${e}:${n}`).join(' ');
    const modes = Object.entries(f.modes).map(([m, n]) => `${m} ${n}`).join(', ');
    t.comment(`fuzz seed=${FUZZ_SEED} ${f.operationId}: ${f.cases} cases (${modes}), 5xx=${f.fiveXX}, envelope/spec violations=${f.violations}, state diffs=${f.stateDiffs} [statuses ${statuses}] [errors ${errors}]`);
    t.equal(f.fiveXX, 0, `${f.operationId}: no 5xx in ${f.cases} cases`);
    t.equal(f.violations, 0, `${f.operationId}: every answer in SSOJet's envelope and valid against openapi.yaml`);
    t.equal(f.stateDiffs, 0, `${f.operationId}: no refused request changed the state`);
    total += f.cases; fiveXX += f.fiveXX; violations += f.violations; stateDiffs += f.stateDiffs;
  }
  t.comment(`fuzz seed=${FUZZ_SEED} ${label} TOTAL: ${figures.length} operations, ${total} cases, 5xx=${fiveXX}, envelope/spec violations=${violations}, state diffs=${stateDiffs}`);
  return { total, fiveXX, violations, stateDiffs };
}

export { providers };
