// Fuzzing over a real socket (issue #6): what `inject` cannot express. Duplicate and
// conflicting raw headers, broken Content-Length, Transfer-Encoding tricks, garbage bytes,
// wrong content types, huge URLs and headers, byte-flipped requests. Operations reached:
// initiatePasskeyLogin, finishPasskeyAuthentication, passkeyRegistrationInitialize,
// completePasskeyRegistration, listPasskeyCredentials, sandboxHealth, sandboxCreateSession.
// Invariants: never a 5xx; every answer in SSOJet's envelope and valid against openapi.yaml;
// the exported state unchanged by a refused request; the server still healthy at the end.
import fc from 'fast-check';
import { connect, type AddressInfo } from 'node:net';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { resolveConfig } from '../../src/config.js';
import { ALICE, DEFAULT_CLIENT, ORIGIN, PINNED, specErrors } from '../helper.js';
import { FUZZ_RUNS, FUZZ_SEED } from './lib/fuzz-runner.js';

const built = await buildApp(resolveConfig({ logLevel: 'silent', seed: 42, clock: PINNED, responseValidation: 'error', port: 0 }));
t.teardown(() => built.app.close());
await built.app.listen({ port: 0, host: '127.0.0.1' });
const { port } = built.app.server.address() as AddressInfo;

interface Answer { status: number; headers: Record<string, string>; body: string }

/** Writes raw bytes on a fresh connection and collects every answer until the server closes it (or 5 s of silence). */
function exchange(bytes: Buffer, opts: { halfClose?: boolean } = {}): Promise<{ answers: Answer[]; raw: Buffer }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect({ port, host: '127.0.0.1' });
    let timer: NodeJS.Timeout;
    const done = () => { clearTimeout(timer); socket.destroy(); const raw = Buffer.concat(chunks); resolve({ answers: parseAnswers(raw), raw }); };
    const arm = () => { clearTimeout(timer); timer = setTimeout(done, 5000); };
    socket.on('connect', () => { socket.write(bytes); if (opts.halfClose) socket.end(); arm(); });
    socket.on('data', (d) => { chunks.push(d); arm(); });
    socket.on('error', () => {});
    socket.on('close', done);
  });
}

function parseAnswers(raw: Buffer): Answer[] {
  const answers: Answer[] = [];
  let rest = raw;
  while (rest.length > 0) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) break;
    const [statusLine, ...lines] = rest.subarray(0, end).toString('latin1').split('\r\n');
    const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
    const status = Number(statusLine.split(' ')[1]);
    rest = rest.subarray(end + 4);
    if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
      const parts: Buffer[] = [];
      for (;;) {
        const eol = rest.indexOf('\r\n');
        const size = eol < 0 ? 0 : parseInt(rest.subarray(0, eol).toString('latin1'), 16);
        if (eol < 0 || !(size > 0)) { rest = rest.subarray(eol < 0 ? rest.length : eol + 4); break; }
        parts.push(rest.subarray(eol + 2, eol + 2 + size));
        rest = rest.subarray(eol + 2 + size + 2);
      }
      answers.push({ status, headers, body: Buffer.concat(parts).toString('utf8') });
      continue;
    }
    const length = Number(headers['content-length'] ?? 0);
    answers.push({ status, headers, body: rest.subarray(0, length).toString('utf8') });
    rest = rest.subarray(length);
  }
  return answers;
}

const login = `/api/v1/auth/passwordless/passkey/login?client_id=${DEFAULT_CLIENT}&identifier=${encodeURIComponent(ALICE.email)}`;
const head = (method: string, path: string, headers: [string, string][]) =>
  `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
const request = (method: string, path: string, headers: [string, string][], body = '') =>
  Buffer.concat([Buffer.from(head(method, path, headers), 'latin1'), Buffer.from(body)]);

/** A real finish body (a fresh auth_code signed by alice's authenticator), to break on the wire. */
const alice = new VirtualAuthenticator({ alg: -7 });
{
  const session = await built.app.inject({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: DEFAULT_CLIENT, identifier: ALICE.email } });
  const auth = { authorization: `Bearer ${JSON.parse(session.body).access_token}` };
  const init = JSON.parse((await built.app.inject({ url: `/api/v1/auth/passwordless/passkey/register?client_id=${DEFAULT_CLIENT}`, headers: auth })).body);
  const passkey = alice.createCredential(init.publicKey, { origin: ORIGIN });
  const done = await built.app.inject({ method: 'POST', url: `/api/v1/auth/passwordless/passkey/register?client_id=${DEFAULT_CLIENT}&auth_code=${init.auth_code}`, headers: auth, payload: { passkey } });
  if (done.statusCode !== 200) throw new Error(`setup: registration failed: ${done.body}`);
}
const bearer = JSON.parse((await built.app.inject({ method: 'POST', url: '/__sandbox/sessions', payload: { client_id: DEFAULT_CLIENT, identifier: ALICE.email } })).body).access_token as string;
async function finishRequest() {
  const init = JSON.parse((await built.app.inject({ url: login })).body);
  const body = JSON.stringify({ passkey: alice.getAssertion(init.publicKey, { origin: ORIGIN }) });
  return { path: `${login}&auth_code=${init.auth_code}`, body };
}
const baseline = JSON.stringify(await built.runtime.exportState());

interface Case { name: string; build: () => Promise<{ bytes: Buffer; halfClose?: boolean }> }
const json: [string, string] = ['Content-Type', 'application/json'];
const close: [string, string] = ['Connection', 'close'];
const finishWith = (headers: (body: string) => [string, string][], tweak: (body: string) => string = (b) => b): Case['build'] => async () => {
  const f = await finishRequest();
  const body = tweak(f.body);
  return { bytes: request('POST', f.path, headers(body), body) };
};

const cases: Case[] = [
  { name: 'duplicate x-client-id, same value', build: async () => ({ bytes: request('GET', login.replace(`client_id=${DEFAULT_CLIENT}&`, ''), [['X-Client-Id', DEFAULT_CLIENT], ['x-client-id', DEFAULT_CLIENT], close]) }) },
  { name: 'duplicate x-client-id, conflicting values', build: async () => ({ bytes: request('GET', login.replace(`client_id=${DEFAULT_CLIENT}&`, ''), [['X-Client-Id', DEFAULT_CLIENT], ['x-client-id', 'cli_other'], close]) }) },
  { name: 'x-client-id conflicting with query client_id', build: async () => ({ bytes: request('GET', login, [['X-Client-Id', 'cli_other'], close]) }) },
  { name: 'duplicate client_id query, conflicting', build: async () => ({ bytes: request('GET', `${login}&client_id=cli_other`, [close]) }) },
  { name: 'two Authorization headers (token + garbage)', build: async () => ({ bytes: request('GET', `/api/v1/auth/passwordless/passkey/credentials?client_id=${DEFAULT_CLIENT}`, [['Authorization', 'Bearer garbage'], ['Authorization', `Bearer ${bearer}`], close]) }) },
  { name: 'two Authorization headers (garbage + token)', build: async () => ({ bytes: request('GET', `/api/v1/auth/passwordless/passkey/credentials?client_id=${DEFAULT_CLIENT}`, [['Authorization', `Bearer ${bearer}`], ['Authorization', 'Bearer garbage'], close]) }) },
  { name: 'two Content-Type headers (json + text/plain)', build: finishWith((b) => [json, ['Content-Type', 'text/plain'], ['Content-Length', String(Buffer.byteLength(b))], close]) },
  { name: 'two Content-Type headers (text/plain + json)', build: finishWith((b) => [['Content-Type', 'text/plain'], json, ['Content-Length', String(Buffer.byteLength(b))], close]) },
  { name: 'Content-Type text/plain on a JSON body', build: finishWith((b) => [['Content-Type', 'text/plain'], ['Content-Length', String(Buffer.byteLength(b))], close]) },
  { name: 'Content-Type form-urlencoded', build: finishWith((b) => [['Content-Type', 'application/x-www-form-urlencoded'], ['Content-Length', String(Buffer.byteLength(b))], close]) },
  { name: 'Content-Type multipart without boundary', build: finishWith((b) => [['Content-Type', 'multipart/form-data'], ['Content-Length', String(Buffer.byteLength(b))], close]) },
  { name: 'no Content-Type on a JSON body', build: finishWith((b) => [['Content-Length', String(Buffer.byteLength(b))], close]) },
  { name: 'Content-Type json with charset utf-16', build: finishWith((b) => [['Content-Type', 'application/json; charset=utf-16'], ['Content-Length', String(Buffer.byteLength(b))], close]) },
  { name: 'Content-Length shorter than the body', build: finishWith((b) => [json, ['Content-Length', String(Math.floor(Buffer.byteLength(b) / 2))], close]) },
  { name: 'Content-Length longer than the body, then EOF', build: async () => ({ ...(await finishWith((b) => [json, ['Content-Length', String(Buffer.byteLength(b) + 100)], close])()), halfClose: true }) },
  { name: 'Content-Length 0 with a body', build: finishWith(() => [json, ['Content-Length', '0'], close]) },
  { name: 'two different Content-Length headers', build: finishWith((b) => [json, ['Content-Length', String(Buffer.byteLength(b))], ['Content-Length', '5'], close]) },
  { name: 'Content-Length not a number', build: finishWith(() => [json, ['Content-Length', 'abc'], close]) },
  { name: 'Content-Length negative', build: finishWith(() => [json, ['Content-Length', '-1'], close]) },
  { name: 'Content-Length and Transfer-Encoding chunked', build: finishWith((b) => [json, ['Content-Length', String(Buffer.byteLength(b))], ['Transfer-Encoding', 'chunked'], close]) },
  { name: 'chunked body, valid', build: finishWith(() => [json, ['Transfer-Encoding', 'chunked'], close], (b) => `${Buffer.byteLength(b).toString(16)}\r\n${b}\r\n0\r\n\r\n`) },
  { name: 'chunked body, bad chunk size', build: finishWith(() => [json, ['Transfer-Encoding', 'chunked'], close], (b) => `zz\r\n${b}\r\n0\r\n\r\n`) },
  { name: 'Transfer-Encoding gzip on plain JSON', build: finishWith(() => [json, ['Transfer-Encoding', 'gzip, chunked'], close], (b) => `${Buffer.byteLength(b).toString(16)}\r\n${b}\r\n0\r\n\r\n`) },
  { name: 'Content-Encoding gzip on plain JSON', build: finishWith((b) => [json, ['Content-Encoding', 'gzip'], ['Content-Length', String(Buffer.byteLength(b))], close]) },
  { name: 'garbage request line', build: async () => ({ bytes: Buffer.from('\u0000\u0001\u0002GARBAGE\r\n\r\n', 'latin1') }) },
  { name: 'lower-case method', build: async () => ({ bytes: request('get', '/__sandbox/health', [close]) }) },
  { name: 'unknown method', build: async () => ({ bytes: request('BREW', '/__sandbox/health', [close]) }) },
  { name: 'HTTP/1.0 without Host', build: async () => ({ bytes: Buffer.from('GET /__sandbox/health HTTP/1.0\r\n\r\n') }) },
  { name: 'HTTP/2 preface', build: async () => ({ bytes: Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n') }) },
  { name: 'absolute-form target', build: async () => ({ bytes: request('GET', 'http://evil.test/__sandbox/health', [close]) }) },
  { name: 'asterisk target', build: async () => ({ bytes: request('OPTIONS', '*', [close]) }) },
  { name: 'raw UTF-8 bytes in the path', build: async () => ({ bytes: Buffer.concat([Buffer.from('GET /api/v1/auth/passwordless/passkey/credentials/'), Buffer.from('💩é'), Buffer.from(` HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${bearer}\r\nx-client-id: ${DEFAULT_CLIENT}\r\nConnection: close\r\n\r\n`)]) }) },
  { name: 'invalid percent-encoding in the query', build: async () => ({ bytes: request('GET', `${login}%%zz%ff%fe`, [close]) }) },
  { name: 'overlong UTF-8 percent-encoding in the query', build: async () => ({ bytes: request('GET', `/api/v1/auth/passwordless/passkey/login?client_id=${DEFAULT_CLIENT}&identifier=%C0%AF%ED%A0%80`, [close]) }) },
  { name: 'NUL byte in a header value', build: async () => ({ bytes: request('GET', login, [['X-Junk', 'a\u0000b'], close]) }) },
  { name: 'header without a colon', build: async () => ({ bytes: request('GET', login, [['NoColonHere', ''], close]).subarray(0) }) },
  { name: 'obsolete line folding', build: async () => ({ bytes: Buffer.from(`GET ${login} HTTP/1.1\r\nHost: x\r\nX-Client-Id: ${DEFAULT_CLIENT}\r\n  folded\r\nConnection: close\r\n\r\n`) }) },
  { name: 'bare LF line endings', build: async () => ({ bytes: Buffer.from(`GET ${login} HTTP/1.1\nHost: x\nConnection: close\n\n`) }) },
  { name: 'a 12 KB URL', build: async () => ({ bytes: request('GET', `${login}&x=${'A'.repeat(12_000)}`, [close]) }) },
  { name: 'a 100 KB URL (over Node\'s 16 KB header limit)', build: async () => ({ bytes: request('GET', `${login}&x=${'A'.repeat(100_000)}`, [close]) }) },
  { name: 'a 20 KB header', build: async () => ({ bytes: request('GET', login, [['X-Big', 'B'.repeat(20_000)], close]) }) },
  { name: '2000 small headers', build: async () => ({ bytes: request('GET', login, [...Array.from({ length: 2000 }, (_, i): [string, string] => [`X-H${i}`, 'v']), close]) }) },
  { name: 'Expect: 100-continue', build: finishWith((b) => [json, ['Content-Length', String(Buffer.byteLength(b))], ['Expect', '100-continue'], close]) },
  { name: 'Expect: something else', build: finishWith((b) => [json, ['Content-Length', String(Buffer.byteLength(b))], ['Expect', 'teapot'], close]) },
  { name: 'two requests pipelined, the second garbage', build: async () => ({ bytes: Buffer.concat([request('GET', '/__sandbox/health', []), Buffer.from('\u00ff\u00fe garbage\r\n\r\n', 'latin1')]) }) },
  { name: 'deep JSON body (20000 levels)', build: async () => { const f = await finishRequest(); const body = `{"passkey":${'['.repeat(20_000)}${']'.repeat(20_000)}}`; return { bytes: request('POST', f.path, [json, ['Content-Length', String(body.length)], close], body) }; } },
  { name: 'a 2 MB body', build: async () => { const body = `{"passkey":"${'x'.repeat(2_000_000)}"}`; return { bytes: request('POST', `${login}&auth_code=6694b09b68c33a9e3b8416b4`, [json, ['Content-Length', String(body.length)], close], body) }; } },
  { name: 'a 2 MB body with a lying Content-Length of 10', build: async () => { const body = `{"passkey":"${'x'.repeat(2_000_000)}"}`; return { bytes: request('POST', `${login}&auth_code=6694b09b68c33a9e3b8416b4`, [json, ['Content-Length', '10'], close], body) }; } },
];

// Seeded byte-level mutations of a real finish request: flips, truncations, inserted garbage.
const byteMutations = fc.sample(fc.record({
  how: fc.constantFrom('flip', 'truncate', 'insert', 'duplicate-line'),
  at: fc.nat(), len: fc.integer({ min: 1, max: 64 }), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
}), { seed: FUZZ_SEED, numRuns: Math.ceil(FUZZ_RUNS / 2) });
for (const [i, m] of byteMutations.entries()) {
  cases.push({
    name: `byte mutation #${i} (${m.how})`,
    build: async () => {
      const f = await finishRequest();
      const original = request('POST', f.path, [json, ['Content-Length', String(Buffer.byteLength(f.body))], close], f.body);
      const at = m.at % original.length;
      let bytes: Buffer;
      if (m.how === 'flip') { bytes = Buffer.from(original); for (let k = 0; k < m.bytes.length && at + k < bytes.length; k++) bytes[at + k] ^= m.bytes[k] || 1; }
      else if (m.how === 'truncate') bytes = original.subarray(0, at);
      else if (m.how === 'insert') bytes = Buffer.concat([original.subarray(0, at), Buffer.from(m.bytes), original.subarray(at)]);
      else { const text = original.toString('latin1'); const lines = text.split('\r\n'); const k = 1 + (m.at % Math.max(1, lines.indexOf('') - 1)); lines.splice(k, 0, lines[k]); bytes = Buffer.from(lines.join('\r\n'), 'latin1'); }
      return { bytes, halfClose: m.how === 'truncate' };
    },
  });
}

t.test('raw-socket fuzz: no 5xx, every answer in the envelope and valid against the spec, no state change on refusal', async (t) => {
  let fiveXX = 0; let violations = 0; let stateDiffs = 0; let noAnswer = 0; let envelopes = 0;
  const statuses: Record<number, number> = {};
  for (const c of cases) {
    const { bytes, halfClose } = await c.build();
    const before = JSON.stringify(await built.runtime.exportState());
    const { answers, raw } = await exchange(bytes, { halfClose });
    const after = JSON.stringify(await built.runtime.exportState());
    if (answers.length === 0) noAnswer++;
    for (const a of answers) {
      if (a.status >= 500) { fiveXX++; t.fail(`${c.name}: ${a.status} ${a.body.slice(0, 300)}`); }
      statuses[a.status] = (statuses[a.status] ?? 0) + 1;
      const fake = { statusCode: a.status, body: a.body, headers: a.headers } as never;
      const problems = a.body === '' && a.status < 400 ? [] : await specErrors('GET', '/__no_such_operation', fake).catch((e: Error) => [e.message]);
      // Which operation answered is not known from the raw bytes; errors are checked against the Error schema (every operation's default).
      if (a.status >= 400 && problems.length > 0) { violations++; t.fail(`${c.name}: not SSOJet's envelope: ${a.status} ${a.body.slice(0, 300)}`, { problems, sent: bytes.subarray(0, 400).toString('latin1'), got: raw.subarray(0, 400).toString('latin1') }); }
      if (a.status >= 400 && problems.length === 0) envelopes++;
    }
    const refused = answers.every((a) => a.status >= 400);
    if (refused && after !== before) {
      const onlyConsumed = after.replace(/"status":"failed"/g, '"status":"pending"') === before.replace(/"status":"failed"/g, '"status":"pending"');
      if (!onlyConsumed) { stateDiffs++; t.fail(`${c.name}: a refused request changed the state`); }
    }
    await built.runtime.importState(JSON.parse(baseline));
  }
  // Parser-level refusals (broken Content-Length, bad chunking, garbage, 431 header overflow),
  // router refusals (bad percent-encoding) and Expect refusals (417) come before any route runs;
  // src/openapi/connection-errors.ts writes them in the envelope too, so all are checked alike.
  const spread = Object.entries(statuses).map(([s, n]) => `${s}:${n}`).join(' ');
  t.comment(`fuzz seed=${FUZZ_SEED} raw socket: ${cases.length} cases, ${envelopes} envelope errors [statuses ${spread}], ${noAnswer} closed without an answer, 5xx=${fiveXX}, envelope/spec violations=${violations}, state diffs=${stateDiffs}`);
  t.equal(fiveXX, 0, 'no 5xx');
  t.equal(violations, 0, "every error is in SSOJet's envelope and valid against the spec's Error schema");
  t.equal(stateDiffs, 0, 'no refused request changed the state');

  const health = await fetch(`http://127.0.0.1:${port}/__sandbox/health`);
  t.equal(health.status, 200, 'the server still answers /__sandbox/health');
  const init = await (await fetch(`http://127.0.0.1:${port}${login}`)).json() as { auth_code: string; publicKey: never };
  const signedIn = await fetch(`http://127.0.0.1:${port}${login}&auth_code=${init.auth_code}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ passkey: alice.getAssertion(init.publicKey, { origin: ORIGIN }) }),
  });
  t.equal(signedIn.status, 200, 'a normal passkey sign-in over the socket still works');
});
