// /docs is built by its first request (src/http/lazy-docs.ts); what it answers is what the
// Swagger UI plugins answered when they were registered at start-up.
import { createRequire } from 'node:module';
import t from 'tap';
import { loadSpec } from '../../src/openapi/spec.js';
import { build } from '../helper.js';

const loaded = (name: string) => Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes(`/node_modules/${name}/`));

t.test('the Swagger UI plugins are loaded by the first /docs request, not by building the app', async (t) => {
  const h = await build(t);
  t.notOk(loaded('@fastify/swagger-ui'), 'not loaded after build');
  t.equal((await h.app.inject({ url: '/__sandbox/health' })).statusCode, 200);
  t.notOk(loaded('@fastify/swagger-ui'), 'not loaded by an API request');
  const docs = await h.app.inject({ url: '/docs' });
  t.equal(docs.statusCode, 200);
  t.match(docs.headers['content-type'], /text\/html/);
  t.ok(loaded('@fastify/swagger-ui'), 'loaded by /docs');
});

t.test('/docs/json is the spec, and every /docs route answers HEAD with the GET length and no body', async (t) => {
  const h = await build(t);
  const json = await h.app.inject({ url: '/docs/json' });
  t.same(JSON.parse(json.body).paths, loadSpec().paths);
  for (const url of ['/docs', '/docs/', '/docs/json', '/docs/yaml', '/docs/static/swagger-ui.css', '/docs/static/swagger-initializer.js']) {
    const [get, head] = [await h.app.inject({ url }), await h.app.inject({ method: 'HEAD', url })];
    t.equal(get.statusCode, 200, `GET ${url}`);
    t.equal(head.statusCode, 200, `HEAD ${url}`);
    t.equal(head.body, '', `HEAD ${url}: no body`);
    t.equal(head.headers['content-length'], String(get.rawPayload.length), `HEAD ${url}: the GET length`);
  }
});

t.test('static files keep their validators: a matching ETag gets 304 with no body or content type', async (t) => {
  const h = await build(t);
  const first = await h.app.inject({ url: '/docs/static/swagger-ui.css' });
  t.ok(first.headers.etag);
  const again = await h.app.inject({ url: '/docs/static/swagger-ui.css', headers: { 'if-none-match': first.headers.etag as string } });
  t.equal(again.statusCode, 304);
  t.equal(again.body, '');
  t.notOk(again.headers['content-type']);
  const redirect = await h.app.inject({ url: '/docs/static/index.html' });
  t.equal(redirect.statusCode, 302);
  t.equal(redirect.headers.location, '/docs/');
  t.notOk(redirect.headers['content-type']);
});

t.test('errors under /docs are in the sandbox envelope, and other /docs paths are the API 404', async (t) => {
  const h = await build(t);
  const missing = await h.app.inject({ url: '/docs/static/nope.js' });
  t.equal(missing.statusCode, 404);
  const range = await h.app.inject({ url: '/docs/static/swagger-ui.css', headers: { range: 'bytes=999999999-' } });
  t.equal(range.statusCode, 400);
  t.match(JSON.parse(range.body), { error: 'malformed_request', error_description: 'Range Not Satisfiable' });
  const other = await h.app.inject({ url: '/docs/other' });
  t.equal(other.statusCode, 404);
  t.match(JSON.parse(other.body), { error: 'resource_not_found' });
  const post = await h.app.inject({ method: 'POST', url: '/docs' });
  t.match(JSON.parse(post.body), { error: 'resource_not_found' });
});
