import { connect, type AddressInfo } from 'node:net';
import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, durableState, paths } from '../helper.js';

const h = await build(t);
const finishUrl = paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email, auth_code: '6694b09b68c33a9e3b8416b4' });

t.test('an unknown path is a 404 resource_not_found in SSOJet envelope', async (t) => {
  const res = await h.call({ url: '/api/v1/nope' });
  t.equal(res.status, 404);
  t.same({ error: res.body.error, error_code: res.body.error_code }, { error: 'resource_not_found', error_code: 801 });
  t.match(res.body.error_description, /No operation at GET \/api\/v1\/nope/);
});

t.test('a known path with a wrong method is a 405 listing the allowed methods', async (t) => {
  const res = await h.call({ method: 'PUT', url: '/api/v1/auth/passwordless/passkey/login' });
  t.equal(res.status, 405);
  t.equal(res.body.error, 'method_not_allowed');
  t.match(res.body.error_description, /PUT is not allowed .* allowed: GET, POST/);
});

t.test('HEAD on a GET operation answers like GET without a body', async (t) => {
  const res = await h.call({ method: 'HEAD', url: '/__sandbox/health' });
  t.equal(res.status, 200);
  t.equal(res.raw.body, '');
});

t.test('malformed JSON is a 400 malformed_request, not a 5xx', async (t) => {
  const res = await h.call({ method: 'POST', url: finishUrl, payload: '{"passkey": ', headers: { 'content-type': 'application/json' } });
  t.equal(res.status, 400);
  t.same({ error: res.body.error, error_code: res.body.error_code }, { error: 'malformed_request', error_code: 800 });
  t.match(res.body.error_description, /not valid JSON/);
});

t.test('an empty JSON body is a 400 that says so', async (t) => {
  const res = await h.call({ method: 'POST', url: finishUrl, payload: '', headers: { 'content-type': 'application/json' } });
  t.equal(res.status, 400);
  t.match(res.body.error_description, /empty/);
});

t.test('a body that is not JSON is a 415 that says to send application/json', async (t) => {
  const res = await h.call({ method: 'POST', url: finishUrl, payload: 'passkey=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  t.equal(res.status, 415);
  t.equal(res.body.error, 'unsupported_media_type');
  t.match(res.body.error_description, /application\/json/);
});

t.test('a body larger than 1 MiB is a 413 in the envelope', async (t) => {
  const res = await h.call({ method: 'POST', url: finishUrl, payload: JSON.stringify({ passkey: 'x'.repeat(1_100_000) }), headers: { 'content-type': 'application/json' } });
  t.equal(res.status, 413);
  t.equal(res.body.error, 'payload_too_large');
});

t.test('wrong types are a 400 invalid_request_body naming each field and check', async (t) => {
  const res = await h.call({ method: 'POST', url: finishUrl, payload: { passkey: { id: 5, rawId: 'abc', type: 'password', response: { clientDataJSON: 'abc', authenticatorData: 'abc' } } } });
  t.equal(res.status, 400);
  t.same({ error: res.body.error, error_code: res.body.error_code }, { error: 'invalid_request_body', error_code: 807 });
  t.match(res.body.error_description, /body.passkey.id must be string \(type\)/);
  t.match(res.body.error_description, /body.passkey.type must be one of "public-key" \(enum\)/);
  t.match(res.body.error_description, /body.passkey.response.signature is required/);
});

t.test('a missing body and an extra property are refused by name', async (t) => {
  const none = await h.call({ method: 'POST', url: finishUrl });
  t.equal(none.status, 400);
  t.match(none.body.error_description, /a JSON body is required/);
  const extra = await h.call({ method: 'POST', url: finishUrl, payload: { passkey: '{}', extra: 1 } });
  t.equal(extra.status, 400);
  t.match(extra.body.error_description, /body.extra is not an allowed property/);
});

t.test('a malformed auth_code is a 400 naming query.auth_code and its pattern', async (t) => {
  const res = await h.call({ method: 'POST', url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email, auth_code: 'xyz' }), payload: { passkey: '{}' } });
  t.equal(res.status, 400);
  t.match(res.body.error_description, /query.auth_code must match pattern/);
});

t.test('deeply nested JSON is refused cleanly', async (t) => {
  const deep = '{"passkey":' + '['.repeat(5000) + ']'.repeat(5000) + '}';
  const res = await h.call({ method: 'POST', url: finishUrl, payload: deep, headers: { 'content-type': 'application/json' } });
  t.equal(res.status, 400);
});

t.test('no refused request above changed the state', async (t) => {
  const before = durableState(await h.state());
  for (const payload of ['{', '[]', '"x"', 'null', '{"passkey":null}']) {
    const res = await h.call({ method: 'POST', url: finishUrl, payload, headers: { 'content-type': 'application/json' } });
    t.equal(res.status, 400, payload);
  }
  t.same(durableState(await h.state()), before);
});

t.test('a passkey of neither allowed type is named with both types', async (t) => {
  const res = await h.call({ method: 'POST', url: finishUrl, payload: { passkey: 42 } });
  t.equal(res.status, 400);
  t.match(res.body.error_description, /body.passkey must be string or object \(type\)/);
});

// Found by the spec fuzzer (test/fuzz): a path with bad percent-encoding (deletePasskey case 60,
// FUZZ_SEED=1: /credentials/%s%n%x) got Fastify's {error, code, message, statusCode}, not SSOJet's envelope.
t.test('a URL that cannot be percent-decoded is a 400 malformed_request in the envelope (deletePasskey, updatePasskeyName)', async (t) => {
  for (const method of ['DELETE', 'PATCH'] as const) {
    const res = await h.call({ method, url: '/api/v1/auth/passwordless/passkey/credentials/%s%n%x', payload: method === 'PATCH' ? { name: 'x' } : undefined });
    t.equal(res.status, 400);
    t.same(Object.keys(res.body).sort(), ['error', 'error_code', 'error_description']);
    t.equal(res.body.error, 'malformed_request');
    t.match(res.body.error_description, /cannot be decoded .*percent-encode/);
  }
});

/** Raw bytes over a real socket; resolves with everything the server wrote before closing. */
async function rawExchange(bytes: string): Promise<string> {
  const built = await build(t);
  await built.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = built.app.server.address() as AddressInfo;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect({ port, host: '127.0.0.1' }, () => socket.write(bytes));
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', () => {});
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

const envelopeOf = (raw: string) => JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));

// Found by the spec fuzzer (test/fuzz/socket.test.ts): what Node's HTTP parser refuses was answered
// by Fastify's default {"error":"Bad Request","message":"Client Error","statusCode":400}.
t.test('bytes Node cannot parse as HTTP (two different Content-Length) are a 400 malformed_request in the envelope', async (t) => {
  const raw = await rawExchange(`POST ${finishUrl} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}`);
  t.match(raw, /^HTTP\/1.1 400 Bad Request\r\n/);
  t.match(raw, /content-type: application\/json/i);
  const body = envelopeOf(raw);
  t.same(Object.keys(body).sort(), ['error', 'error_code', 'error_description']);
  t.equal(body.error, 'malformed_request');
  t.match(body.error_description, /not valid HTTP\/1.1 \(HPE_UNEXPECTED_CONTENT_LENGTH.*Content-Length/);
});

t.test('headers over Node\'s 16 KiB limit are a 431 request_header_fields_too_large in the envelope', async (t) => {
  const raw = await rawExchange(`GET /__sandbox/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'B'.repeat(20_000)}\r\n\r\n`);
  t.match(raw, /^HTTP\/1.1 431 /);
  t.same(envelopeOf(raw), { error: 'request_header_fields_too_large', error_code: 813, error_description: envelopeOf(raw).error_description });
  t.match(envelopeOf(raw).error_description, /16 KiB/);
});

t.test('an Expect other than 100-continue is a 417 expectation_failed in the envelope (Node alone sends an empty 417)', async (t) => {
  const raw = await rawExchange('GET /__sandbox/health HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\nConnection: close\r\n\r\n');
  t.match(raw, /^HTTP\/1.1 417 /);
  const body = envelopeOf(raw);
  t.equal(body.error, 'expectation_failed');
  t.match(body.error_description, /Expect: teapot is not supported/);
});
