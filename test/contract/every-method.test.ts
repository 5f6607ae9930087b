// Every method Node's HTTP parser accepts (http.METHODS), on every path of openapi.yaml and on
// paths it does not have: what is not an operation answers 405 (naming the path's methods, in an
// Allow header too) or 404, in SSOJet's envelope and valid against the spec's Error schema.
// CONNECT, which Node never hands to Fastify, is sent over a socket. Operations reached: none
// (the not-found handler), besides sandboxHealth to show the connection still serves.
import { METHODS } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import t from 'tap';
import type { OpenAPIV3 } from 'openapi-types';
import { loadSpec } from '../../src/openapi/spec.js';
import { build, isError, specErrors } from '../helper.js';

const spec = loadSpec() as OpenAPIV3.Document;
const specMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const known = Object.entries(spec.paths).map(([template, item]) => ({
  path: template.replace(/\{[^}]+\}/g, 'some%20id'),
  methods: specMethods.filter((m) => item?.[m]).map((m) => m.toUpperCase()),
}));
const unknown = ['/', '/nope', '/api/v1/auth/passwordless/passkey', '/__sandbox/health/extra', '/api/v1/auth/status/x/y'];
const order = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

t.test('every method on every path that is not an operation: 405 or 404 in the envelope', async (t) => {
  const h = await build(t);
  let answered = 0;
  const targets = [...known, ...unknown.map((path) => ({ path, methods: [] as string[] }))];
  for (const method of METHODS.filter((m) => m !== 'CONNECT')) {
    for (const { path, methods } of targets) {
      if (methods.includes(method) || (method === 'HEAD' && methods.includes('GET'))) continue;
      const res = await h.app.inject({ method: method as 'GET', url: path });
      const problems = method === 'HEAD' ? [] : await specErrors('GET', '/__no_such_operation', res);
      const name = `${method} ${path}`;
      if (methods.length === 0) {
        t.equal(res.statusCode, 404, `${name}: 404`);
      } else {
        t.equal(res.statusCode, 405, `${name}: 405`);
        const allowed = [...methods].sort((a, b) => order.indexOf(a) - order.indexOf(b));
        if (method !== 'HEAD') t.match(JSON.parse(res.body).error_description, `${method} is not allowed on ${path}; allowed: ${allowed.join(', ')}`, `${name}: names the allowed methods`);
        t.same(String(res.headers.allow).split(', ').sort(), [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : [])].sort(), `${name}: Allow header`);
      }
      t.same(problems, [], `${name}: SSOJet's envelope`);
      answered++;
    }
  }
  // A guard that the loops ran over the whole spec: every path leaves at least all but four of Node's methods to refuse.
  t.ok(known.length > 50 && answered >= targets.length * (METHODS.length - 5), `${answered} method × path pairs answered over ${targets.length} paths`);
});

t.test('CONNECT, which Node keeps from Fastify, is answered in the envelope and the connection closed', async (t) => {
  const h = await build(t);
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = h.app.server.address() as AddressInfo;
  for (const [target, status, error] of [['example.com:443', 404, 'resource_not_found'], ['/__sandbox/health', 405, 'method_not_allowed']] as const) {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let data = '';
      socket.setEncoding('utf8');
      socket.on('data', (d) => { data += d; });
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
      socket.setTimeout(5000, () => { socket.destroy(); reject(new Error('no answer')); });
      socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`);
    });
    const [head, body] = answer.split('\r\n\r\n');
    t.match(head, /connection: close/i, `CONNECT ${target}: closed on purpose`);
    isError(t, { status: Number(head.split(' ')[1]), body: JSON.parse(body) }, status, error, /CONNECT/);
  }
  t.equal((await fetch(`http://127.0.0.1:${port}/__sandbox/health`)).status, 200, 'the server still serves');
});
