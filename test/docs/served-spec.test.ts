// The spec as served at /openapi.yaml and /docs names the sandbox serving it (a relative
// server `/`), not the file's http://localhost:8787, while openapi.yaml itself is unchanged
// (issue #19). "Try it out" against a random port is test/e2e/swagger-try-it-out.test.ts.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { parse } from 'yaml';
import { servedSpec } from '../../src/openapi/served-spec.js';
import { specPath } from '../../src/openapi/spec.js';
import { build } from '../helper.js';

const file = readFileSync(specPath, 'utf8');
const fileServers = parse(file).servers as Array<{ url: string; description?: string }>;
const withoutServers = (text: string) => text.replace(/^servers:\n(?:[ \t]+.*\n)*/m, '');
const h = await build(t);

t.test('the repository\'s openapi.yaml still names http://localhost:8787 and SSOJet production, for contract testers', async (t) => {
  t.same(fileServers.map((s) => s.url), ['http://localhost:8787', 'https://api.ssojet.com']);
});

t.test('/openapi.yaml names the relative server "/" first, then SSOJet production, and nothing on port 8787', async (t) => {
  const res = await h.app.inject({ url: '/openapi.yaml' });
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^application\/yaml/);
  const servers = parse(res.body).servers as Array<{ url: string }>;
  t.same(servers.map((s) => s.url), ['/', 'https://api.ssojet.com']);
  t.notMatch(res.body, 'localhost:8787', 'no server on the default port is left for "Try it out" to call');
});

t.test('/openapi.yaml is the file byte for byte outside its servers block: comments and layout kept', async (t) => {
  const res = await h.app.inject({ url: '/openapi.yaml' });
  t.not(res.body, file, 'the servers block differs');
  t.equal(withoutServers(res.body), withoutServers(file));
  t.same({ ...parse(res.body), servers: fileServers }, parse(file), 'the document is the file\'s but for its servers');
});

t.test('/docs/json (what Swagger UI loads) names the same servers as /openapi.yaml', async (t) => {
  const docs = JSON.parse((await h.app.inject({ url: '/docs/json' })).body);
  const yaml = parse((await h.app.inject({ url: '/openapi.yaml' })).body);
  t.same(docs.servers, yaml.servers);
  t.equal(docs.servers[0].url, '/');
});

t.test('with SANDBOX_API=off, /openapi.yaml and /docs/json also name "/" first', async (t) => {
  const off = await build(t, { sandboxApi: false });
  const yaml = parse((await off.app.inject({ url: '/openapi.yaml' })).body);
  const docs = JSON.parse((await off.app.inject({ url: '/docs/json' })).body);
  t.same(yaml.servers.map((s: { url: string }) => s.url), ['/', 'https://api.ssojet.com']);
  t.same(docs.servers, yaml.servers);
});

t.test('a server with variables, or a file without a servers block, is served as valid YAML with "/" first', async (t) => {
  const spec = { openapi: '3.0.3', info: { title: 'x', version: '1' }, paths: {} };
  const variables = { url: 'https://{region}.example.com', variables: { region: { default: 'eu', enum: ['eu', 'us'] } } };
  const text = 'openapi: 3.0.3\n# kept\nservers:\n  - url: http://127.0.0.1:9000\n  - url: https://{region}.example.com\ninfo: {title: x, version: "1"}\npaths: {}\n';
  const served = servedSpec({ ...spec, servers: [{ url: 'http://127.0.0.1:9000' }, variables] }, text);
  t.same(parse(served.text).servers, [{ url: '/', description: 'this sandbox (the address serving this document)' }, variables]);
  t.match(served.text, /^# kept$/m);
  const none = servedSpec(spec, 'openapi: 3.0.3\ninfo: {title: x, version: "1"}\npaths: {}');
  t.same(parse(none.text).servers.map((s: { url: string }) => s.url), ['/']);
  t.same(parse(none.text).paths, {});
});
