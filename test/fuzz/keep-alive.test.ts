// Hostile sequences on one keep-alive connection (issue #13, item 4): bodies on GET, DELETE,
// HEAD and OPTIONS of every size up to and past the body limit, pipelined requests, a body that
// stops half-way, odd methods, Expect. Operations reached: sandboxHealth, initiatePasskeyLogin,
// sandboxCreateUser, and the not-found handler (404/405).
// Invariants after each sequence: never a 5xx, every error in SSOJet's envelope; the same
// connection answers the next request, unless the server said `Connection: close` and closed
// it; a new connection answers; the process is alive (an unhandled stream error would end it).
import fc from 'fast-check';
import type { AddressInfo } from 'node:net';
import t, { type Test } from 'tap';
import { buildApp } from '../../src/app.js';
import { resolveConfig } from '../../src/config.js';
import { limits } from '../../src/http/limits.js';
import { ALICE, DEFAULT_CLIENT, PINNED, specErrors } from '../helper.js';
import { FUZZ_SEED } from './lib/fuzz-runner.js';
import { KeepAliveClient, type Answer } from './lib/keep-alive-client.js';

const requestTimeoutMs = 500;
const built = await buildApp(resolveConfig({ logLevel: 'silent', seed: 42, clock: PINNED, responseValidation: 'error', port: 0, requestTimeoutMs }));
t.teardown(() => built.app.close());
await built.app.listen({ port: 0, host: '127.0.0.1' });
const { port } = built.app.server.address() as AddressInfo;

const login = `/api/v1/auth/passwordless/passkey/login?client_id=${DEFAULT_CLIENT}&identifier=${encodeURIComponent(ALICE.email)}`;
const targets = ['/__sandbox/health', login, '/api/v1/nowhere'];
const health = 'GET /__sandbox/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';

/** A request with a JSON body of exactly `size` bytes (0: no body at all). */
function request(method: string, path: string, size: number, extra: string[] = []): Buffer {
  const body = size === 0 ? '' : size === 1 ? '1' : `"${'x'.repeat(size - 2)}"`;
  const headers = ['Host: 127.0.0.1', ...(size > 0 ? ['Content-Type: application/json', `Content-Length: ${size}`] : []), ...extra];
  return Buffer.from(`${method} ${path} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n${body}`, 'latin1');
}

interface Step { bytes: Buffer; heads: boolean[]; then?: number }
interface Sequence { name: string; steps: Step[] }
const one = (method: string, bytes: Buffer): Step => ({ bytes, heads: [method === 'HEAD'] });

const sequences: Sequence[] = [];
const sizes = [1, 100, 16 * 1024, 64 * 1024 + 1, 200_000, limits.bodyBytes, limits.bodyBytes + 1, 2 * limits.bodyBytes];
for (const method of ['GET', 'DELETE', 'HEAD', 'OPTIONS']) {
  for (const size of sizes) {
    for (const path of targets) sequences.push({ name: `${method} ${path.split('?')[0]} with a ${size}-byte body`, steps: [one(method, request(method, path, size))] });
  }
}
sequences.push({
  name: 'three pipelined requests with bodies (GET, POST, HEAD)',
  steps: [{
    bytes: Buffer.concat([request('GET', '/__sandbox/health', 5000), Buffer.from(`POST /__sandbox/users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`), request('HEAD', login, 300)]),
    heads: [false, false, true],
  }],
});
for (const method of ['GET', 'POST', 'DELETE']) {
  sequences.push({ name: `${method} whose body stops half-way`, steps: [{ bytes: request(method, '/__sandbox/users', 1000).subarray(0, -500), heads: [false], then: requestTimeoutMs * 2 }] });
}
for (const method of ['PROPFIND', 'SEARCH', 'TRACE', 'PURGE', 'LOCK', 'MKCOL', 'QUERY', 'REPORT', 'PATCH', 'BREW', 'get']) {
  for (const size of [0, 300]) sequences.push({ name: `${method} with ${size ? 'a body' : 'no body'}`, steps: [one(method, request(method, targets[size % 3 === 0 ? 1 : 0], size))] });
}
for (const [method, expect] of [['GET', '100-continue'], ['POST', '100-continue'], ['POST', 'teapot'], ['DELETE', '100-continue']]) {
  sequences.push({ name: `${method} with Expect: ${expect}`, steps: [one(method, request(method, '/__sandbox/users', 2000, [`Expect: ${expect}`]))] });
}
// Seeded mixes of the above on one connection: what one leaves on the wire must not spoil the next.
const mixes = fc.sample(fc.array(fc.record({
  method: fc.constantFrom('GET', 'DELETE', 'HEAD', 'OPTIONS', 'POST', 'PROPFIND'),
  size: fc.constantFrom(0, 1, 700, 40_000, limits.bodyBytes - 10),
  path: fc.constantFrom(...targets),
}), { minLength: 2, maxLength: 5 }), { seed: FUZZ_SEED, numRuns: 20 });
for (const [i, mix] of mixes.entries()) {
  sequences.push({ name: `mix #${i}: ${mix.map((m) => `${m.method}(${m.size})`).join(' ')}`, steps: mix.map((m) => one(m.method, request(m.method, m.path, m.size))) });
}

function checkAnswer(t: Test, name: string, a: Answer, head: boolean): Promise<void> | void {
  if (a.status >= 500) t.fail(`${name}: ${a.status} ${a.body.slice(0, 200)}`);
  if (a.status < 400 || head) return;
  return specErrors('GET', '/__no_such_operation', { statusCode: a.status, body: a.body, headers: a.headers } as never).then((problems) => {
    if (problems.length > 0) t.fail(`${name}: not SSOJet's envelope: ${a.status} ${a.body.slice(0, 200)}`, { problems });
  });
}

t.test('one keep-alive connection survives every hostile sequence, or is closed on purpose', async (t) => {
  let reused = 0; let closedOnPurpose = 0; let failures = 0;
  for (const sequence of sequences) {
    const client = await KeepAliveClient.open(port);
    let last: Answer | undefined;
    let ok = true;
    for (const step of sequence.steps) {
      if (client.closed) break;
      client.write(step.bytes, step.heads);
      const answers = await client.answers(step.heads.length, (step.then ?? 0) + 3000);
      if (answers.length < step.heads.length && !client.closed) { ok = false; t.fail(`${sequence.name}: ${answers.length} of ${step.heads.length} answers, then silence`); }
      for (const [i, a] of answers.entries()) await checkAnswer(t, sequence.name, a, step.heads[i]);
      last = answers.at(-1) ?? last;
      if (last?.headers.connection === 'close') break;
    }
    if (last?.headers.connection === 'close') {
      await client.answers(1, 2000);
      if (client.closed) closedOnPurpose++;
      else { ok = false; t.fail(`${sequence.name}: the answer said Connection: close but the connection stayed open`); }
    } else if (ok) {
      if (client.closed) { ok = false; t.fail(`${sequence.name}: the connection was closed without Connection: close`); }
      else {
        client.write(health);
        const [again] = await client.answers(1);
        if (again?.status === 200) reused++;
        else { ok = false; t.fail(`${sequence.name}: the same connection no longer answers (${again ? again.status : 'silence'})`); }
      }
    }
    client.close();
    const fresh = await fetch(`http://127.0.0.1:${port}/__sandbox/health`).then((r) => r.status, (e: Error) => e.message);
    if (fresh !== 200) { ok = false; t.fail(`${sequence.name}: a new connection gets ${fresh}`); }
    if (!ok) failures++;
  }
  t.comment(`fuzz seed=${FUZZ_SEED} keep-alive: ${sequences.length} sequences, ${reused} reused the connection, ${closedOnPurpose} closed on purpose`);
  t.equal(failures, 0, 'every sequence left a working server and connection');
  t.ok(reused > sequences.length / 2, 'most sequences keep the connection usable');
});

t.test('the process is still alive and serving past REQUEST_TIMEOUT_MS after an ignored GET body', async (t) => {
  const client = await KeepAliveClient.open(port);
  client.write(request('GET', '/__sandbox/health', 200_000));
  const [first] = await client.answers(1);
  t.equal(first?.status, 200, 'the GET is answered');
  await new Promise((r) => setTimeout(r, requestTimeoutMs * 3));
  client.write(health);
  const [second] = await client.answers(1);
  t.equal(second?.status, 200, 'the same connection answers after the timeout');
  client.close();
  t.equal((await fetch(`http://127.0.0.1:${port}/__sandbox/health`)).status, 200, 'a new connection answers too');
});
