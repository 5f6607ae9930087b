import t from 'tap';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { createSandbox, VirtualAuthenticator, type Sandbox } from '../../src/index.js';

const DEFAULT_CLIENT = 'cli_sandbox0000000000001';
const ORIGIN = 'http://localhost:3000';

const sb = await createSandbox({ seed: 42 });
t.teardown(() => sb.close());

async function call(method: string, path: string, opts: { body?: unknown; token?: string } = {}) {
  const headers: Record<string, string> = {};
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const res = await fetch(`${sb.url}${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const text = await res.text();
  return { status: res.status, body: text === '' ? undefined : JSON.parse(text) };
}
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
const emailsOf = async () => ((await call('GET', `/__sandbox/users?${q({ client_id: DEFAULT_CLIENT })}`)).body as Array<{ email: string }>).map((u) => u.email);

t.test('createSandbox({ seed: 42 }) listens on 127.0.0.1 on a free port and sb.url answers the health check', async (t) => {
  t.match(sb.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  t.not(sb.port, 0, 'port 0 became a real port');
  t.equal(sb.url, `http://127.0.0.1:${sb.port}`);
  const address = sb.built.app.server.address();
  t.match(address, { address: '127.0.0.1', port: sb.port });
  t.equal(sb.config.seed, 42);

  const res = await fetch(`${sb.url}/__sandbox/health`);
  t.equal(res.status, 200);
  t.same(await res.json(), { status: 'ok' });
});

t.test('two sandboxes in one process get different ports and separate state', async (t) => {
  const other = await createSandbox({ seed: 42 });
  t.teardown(() => other.close());
  t.not(other.port, sb.port);
  const created = await fetch(`${other.url}/__sandbox/users`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ client_id: other.clientId, email: 'only-in-other@example.com' }),
  });
  t.equal(created.status, 201);
  t.notOk((await emailsOf()).includes('only-in-other@example.com'), 'the first sandbox does not see it');
});

t.test('sb.clientId is the default client of the default scenario', async (t) => {
  t.equal(sb.clientId, DEFAULT_CLIENT);
  const clients = (await call('GET', '/__sandbox/clients')).body as Array<{ client_id: string }>;
  t.equal(clients[0].client_id, sb.clientId);
});

t.test('sb.reset() removes a user created over HTTP and keeps the scenario users', async (t) => {
  const created = await call('POST', '/__sandbox/users', { body: { client_id: sb.clientId, email: 'carol@example.com' } });
  t.equal(created.status, 201, JSON.stringify(created.body));
  t.ok((await emailsOf()).includes('carol@example.com'));

  const summary = await sb.reset();
  t.match(summary, { scenario: 'default', seed: 42, clients: 1 });
  const emails = await emailsOf();
  t.notOk(emails.includes('carol@example.com'), 'the created user is gone');
  t.ok(emails.includes('alice@example.com'), 'the scenario user is back');
  t.equal(summary.users, emails.length, 'the summary counts the users that are left');
});

t.test('sb.state() returns the same state document as GET /__sandbox/state', async (t) => {
  await sb.reset();
  const state = await sb.state();
  t.match(state, { version: 1, scenario: 'default', seed: 42 });
  t.ok(state.clients.some((c) => c.client_id === sb.clientId));
  t.ok(state.users.some((u) => u.email === 'alice@example.com'));
  const overHttp = await call('GET', '/__sandbox/state');
  t.equal(overHttp.status, 200);
  t.same(overHttp.body, JSON.parse(JSON.stringify(state)));
});

t.test('a full passkey ceremony over real HTTP with the exported VirtualAuthenticator ends in 200 with a verifiable token', async (t) => {
  const email = 'http-ceremony@example.com';
  const authenticator = new VirtualAuthenticator({ alg: -7 });

  const session = await call('POST', '/__sandbox/sessions', { body: { client_id: sb.clientId, identifier: email } });
  t.equal(session.status, 200, JSON.stringify(session.body));
  const token = session.body.access_token as string;

  const regInit = await call('GET', `/api/v1/auth/passwordless/passkey/register?${q({ client_id: sb.clientId })}`, { token });
  t.equal(regInit.status, 200, JSON.stringify(regInit.body));
  const attestation = authenticator.createCredential(regInit.body.publicKey, { origin: ORIGIN });
  const regDone = await call('POST', `/api/v1/auth/passwordless/passkey/register?${q({ client_id: sb.clientId, auth_code: regInit.body.auth_code })}`, { token, body: { passkey: attestation } });
  t.equal(regDone.status, 200, JSON.stringify(regDone.body));
  t.same(regDone.body, { status: 'success', message: 'Passkey registered successfully' });

  const loginInit = await call('GET', `/api/v1/auth/passwordless/passkey/login?${q({ client_id: sb.clientId, identifier: email })}`);
  t.equal(loginInit.status, 200, JSON.stringify(loginInit.body));
  const assertion = authenticator.getAssertion(loginInit.body.publicKey, { origin: ORIGIN });
  t.equal(assertion.id, attestation.id, 'the authenticator signs with the credential it registered');
  const finish = await call('POST', `/api/v1/auth/passwordless/passkey/login?${q({ client_id: sb.clientId, identifier: email, auth_code: loginInit.body.auth_code })}`, { body: { passkey: assertion } });
  t.equal(finish.status, 200, JSON.stringify(finish.body));
  t.type(finish.body.token, 'string');

  const jwks = (await call('GET', '/.well-known/jwks.json')).body as JSONWebKeySet;
  const { payload } = await jwtVerify(finish.body.token, createLocalJWKSet(jwks), { audience: sb.clientId });
  t.equal(payload.sub, finish.body.user_id);
  t.equal(payload.client_id, sb.clientId);

  const listed = await call('GET', `/api/v1/auth/passwordless/passkey/credentials?${q({ client_id: sb.clientId })}`, { token: finish.body.token });
  t.equal(listed.status, 200);
  t.same(listed.body.map((c: { id: string }) => c.id), [attestation.id]);
  t.equal(listed.body[0].SignCount, 1);
});

t.test('a token from a createSandbox sandbox names http://localhost:<its real port> as issuer, not port 0', async (t) => {
  const session = await call('POST', '/__sandbox/sessions', { body: { client_id: sb.clientId, identifier: 'alice@example.com' } });
  const claims = JSON.parse(Buffer.from(String(session.body.access_token).split('.')[1], 'base64url').toString());
  t.equal(claims.iss, `http://localhost:${sb.port}`);
});

t.test('sb.close() stops the server: a later fetch fails', async (t) => {
  let closed = false;
  const doomed: Sandbox = await createSandbox({ seed: 42 });
  t.teardown(async () => { if (!closed) await doomed.close(); });
  t.equal((await fetch(`${doomed.url}/__sandbox/health`)).status, 200);
  await doomed.close();
  closed = true;
  await t.rejects(fetch(`${doomed.url}/__sandbox/health`));
});
