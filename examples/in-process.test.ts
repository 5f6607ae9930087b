// An example tap test that uses the sandbox in-process: one sandbox per file, one client per
// test (isolation), the sandbox's authenticator, its clock and its journal. npm test runs it.
import t from 'tap';
import { createSandbox } from 'ssojet-sandbox';

const sb = await createSandbox({ seed: 42, clock: '2026-01-01T00:00:00Z' });
t.teardown(() => sb.close());

const call = async (path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) => {
  const res = await fetch(sb.url + path, {
    method: init.method ?? 'GET',
    headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
};

/** One client per test: its own users, passkeys and journal entries. */
async function newClient() {
  const client = await call('/__sandbox/clients', { method: 'POST', body: {} });
  return client.body.client_id as string;
}

async function registerAndSignIn(clientId: string, email: string) {
  const origin = 'http://localhost:5173';
  const session = await call('/__sandbox/sessions', { method: 'POST', body: { client_id: clientId, identifier: email } });
  const bearer = { authorization: `Bearer ${session.body.access_token}` };
  const device = sb.authenticator({ alg: -8 });
  const reg = await call(`/api/v1/auth/passwordless/passkey/register?client_id=${clientId}`, { headers: bearer });
  await call(`/api/v1/auth/passwordless/passkey/register?client_id=${clientId}&auth_code=${reg.body.auth_code}`,
    { method: 'POST', headers: bearer, body: { passkey: device.create(reg.body.publicKey, origin) } });
  const login = await call(`/api/v1/auth/passwordless/passkey/login?client_id=${clientId}&identifier=${email}`);
  return { device, login, finish: (passkey: unknown) => call(`/api/v1/auth/passwordless/passkey/login?client_id=${clientId}&identifier=${email}&auth_code=${login.body.auth_code}`, { method: 'POST', body: { passkey } }) };
}

t.test('a user signs in with a passkey registered a moment ago', async (t) => {
  const clientId = await newClient();
  const { device, login, finish } = await registerAndSignIn(clientId, 'ann@example.com');
  const res = await finish(device.get(login.body.publicKey, 'http://localhost:5173'));
  t.equal(res.status, 200);
  t.match(res.body, { token: String, user_id: /^[0-9a-f]{24}$/ });
});

t.test('a sign-in finished after the challenge timed out is refused, and the journal says why', async (t) => {
  const clientId = await newClient();
  const { device, login, finish } = await registerAndSignIn(clientId, 'ben@example.com');
  sb.clock.advance(5 * 60 * 1000);
  const res = await finish(device.get(login.body.publicKey, 'http://localhost:5173'));
  t.equal(res.status, 400);
  t.equal(res.body.error, 'challenge_expired');
  const [last] = sb.requests({ client_id: clientId, operation: 'finishPasskeyAuthentication' });
  t.equal(last.error, 'challenge_expired');
});

t.test('an assertion from a phishing origin is refused with the origin named', async (t) => {
  const clientId = await newClient();
  const { device, login, finish } = await registerAndSignIn(clientId, 'cat@example.com');
  const res = await finish(device.get(login.body.publicKey, 'http://localhost:5173', { fault: 'wrong_origin' }));
  t.equal(res.status, 401);
  t.match(res.body.error_description, /origin "https:\/\/evil.example" is not among/);
  t.match(sb.requests({ client_id: clientId, status: 401 })[0].explanation, /^origin check failed/);
});
