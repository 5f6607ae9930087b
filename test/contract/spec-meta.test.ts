import t from 'tap';
import { OpenAPIBackend } from 'openapi-backend';
import { ajvOptions, customizeAjv } from '../../src/openapi/create-ajv.js';
import { loadSpec } from '../../src/openapi/spec.js';

t.test('openapi.yaml is a valid OpenAPI 3.0.3 document and every validator compiles (what quick boot skips)', async (t) => {
  const spec = loadSpec();
  t.equal(spec.openapi, '3.0.3');
  const api = new OpenAPIBackend({ definition: spec as never, quick: false, strict: true, ajvOpts: { ...ajvOptions }, customizeAjv: (ajv) => customizeAjv(ajv), handlers: {} });
  await t.resolves(api.init());
  t.same(api.validateDefinition(), api.definition, 'the definition passes the OAS meta-schema');
  t.ok(api.router.getOperations().length >= 19);
});
