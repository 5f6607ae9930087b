import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { OpenAPIBackend } from 'openapi-backend';
import t from 'tap';
import { handlers } from '../../src/handlers/index.js';
import { packageRoot } from '../../src/lib/package-root.js';
import { ajvOptions, customizeAjv } from '../../src/openapi/create-ajv.js';
import { loadSpec } from '../../src/openapi/spec.js';

type Json = any;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const raw: Json = loadSpec();

/** Every operation of the raw (not dereferenced) spec with its path and method. */
const operations: Array<{ path: string; method: string; op: Json }> = Object.entries(raw.paths as Record<string, Json>).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] })));
const operationIds = operations.map((o) => o.op.operationId as string);

/** A JSON pointer (`#/a/b~1c`) resolved in `doc`. */
function pointer(doc: Json, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`only local refs are supported: ${ref}`);
  return ref.slice(2).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).reduce((node, key) => node?.[key], doc);
}
const deref = (doc: Json, node: Json): Json => (node && typeof node === 'object' && typeof node.$ref === 'string' ? deref(doc, pointer(doc, node.$ref)) : node);

/** The dereferenced spec, as openapi-backend builds it. */
async function dereferenced(): Promise<Json> {
  const api = new OpenAPIBackend({ definition: loadSpec() as never, quick: false, strict: false, validate: false, handlers: {} });
  await api.init();
  return api.definition;
}

function newAjv(): Ajv {
  return customizeAjv(new Ajv({ ...ajvOptions }));
}

t.test('the spec is OpenAPI 3.0.3', async (t) => {
  t.equal(raw.openapi, '3.0.3');
});

t.test('every operation has a unique operationId', async (t) => {
  t.ok(operations.length >= 19, `${operations.length} operations found`);
  for (const { path, method, op } of operations) t.type(op.operationId, 'string', `${method.toUpperCase()} ${path} has an operationId`);
  t.same(operationIds.filter((id, i) => operationIds.indexOf(id) !== i), [], 'no operationId is used twice');
});

t.test('every operationId has a handler in src/handlers/index.ts and its own file src/handlers/[<tag>/]<operationId>.ts', async (t) => {
  for (const { op } of operations) {
    const id = op.operationId as string;
    t.type(handlers[id], 'function', `${id} has a handler`);
    // The spec's tags show as sub-folders of src/handlers/ (ARCHITECTURE.md), the older operations sit at the top.
    const candidates = [join(packageRoot, 'src', 'handlers', `${id}.ts`), ...(op.tags ?? []).map((tag: string) => join(packageRoot, 'src', 'handlers', tag, `${id}.ts`))];
    const file = candidates.find((f) => existsSync(f));
    t.ok(file, `src/handlers/[<tag>/]${id}.ts exists`);
    if (file) t.match(readFileSync(file, 'utf8'), new RegExp(`export const ${id}\\b`), `${file} exports ${id}`);
  }
});

t.test('every handler in src/handlers/index.ts has an operation in the spec', async (t) => {
  const extra = Object.keys(handlers).filter((id) => !operationIds.includes(id));
  t.same(extra, [], 'no handler without an operation');
});

t.test('every operation under /api/ states x-fidelity (documented, partial or inferred) and an x-source URL', async (t) => {
  const emulated = operations.filter((o) => o.path.startsWith('/api/'));
  t.ok(emulated.length >= 9, `${emulated.length} emulated operations`);
  for (const { op } of emulated) {
    t.ok(['documented', 'partial', 'inferred'].includes(op['x-fidelity']), `${op.operationId}: x-fidelity is ${op['x-fidelity']}`);
    let url: URL | undefined;
    try { url = new URL(op['x-source']); } catch { /* reported below */ }
    t.equal(url?.protocol, 'https:', `${op.operationId}: x-source ${op['x-source']} is an https URL`);
    if (op['x-fidelity'] !== 'documented') {
      t.type(op['x-fidelity-notes'], 'string', `${op.operationId}: a ${op['x-fidelity']} operation says what is ours in x-fidelity-notes`);
    }
  }
});

t.test('every /__sandbox/ operation carries the sandbox tag, and only those do', async (t) => {
  for (const { path, op } of operations) {
    t.equal((op.tags ?? []).includes('sandbox'), path.startsWith('/__sandbox/'), `${op.operationId} (${path})`);
  }
});

t.test('every operation declares a default response with the Error schema', async (t) => {
  const errorSchema = raw.components.schemas.Error;
  t.ok(errorSchema, 'components.schemas.Error exists');
  for (const { op } of operations) {
    const declared = op.responses?.default;
    t.ok(declared, `${op.operationId} declares a default response`);
    if (!declared) continue;
    const response = deref(raw, declared);
    const schema = response?.content?.['application/json']?.schema;
    t.equal(schema?.$ref, '#/components/schemas/Error', `${op.operationId}: the default response is application/json with #/components/schemas/Error`);
    t.equal(deref(raw, schema), errorSchema);
  }
});

/**
 * Every `example` in the file: its JSON pointer, found in the raw document (so each example is
 * checked once, where it is written). The same pointer reaches the same place in the
 * dereferenced document, because no `example` is written below a `$ref`.
 */
function examplePointers(node: Json, at: string[] = []): string[][] {
  if (!node || typeof node !== 'object') return [];
  const found: string[][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example') found.push([...at, key]);
    else if (key === 'examples' && !Array.isArray(value)) for (const name of Object.keys(value as object)) found.push([...at, key, name]);
    else found.push(...examplePointers(value, [...at, key]));
  }
  return found;
}

t.test('every example in the spec (media-type examples and schema examples) validates against its schema', async (t) => {
  const definition = await dereferenced();
  const ajv = newAjv();
  const places = examplePointers(raw);
  t.ok(places.length >= 15, `${places.length} examples found`);
  for (const place of places) {
    const isNamed = place.at(-2) === 'examples';
    const owner = place.slice(0, isNamed ? -2 : -1).reduce((n: Json, k) => n?.[k], definition);
    const value = isNamed ? deref(definition, owner.examples[place.at(-1)!]).value : owner.example;
    // A media type or parameter holds its schema in `schema`; otherwise the owner is the schema.
    const schema = owner.schema ?? owner;
    const where = place.join('.');
    const validate = ajv.compile(schema);
    const valid = validate(value);
    t.ok(valid, `${where} is valid`, { errors: validate.errors?.map((e) => `${e.instancePath || '(root)'} ${e.message}`) });
  }
});

t.test('a wrong example would be caught: the check is not vacuous', async (t) => {
  const definition = await dereferenced();
  const validate = newAjv().compile(definition.components.schemas.ObjectId);
  t.notOk(validate('not-an-object-id'));
  const credentials = definition.paths['/api/v1/auth/passwordless/passkey/credentials'].get.responses['200'].content['application/json'];
  const broken = structuredClone(credentials.example);
  delete broken[0].SignCount;
  t.notOk(newAjv().compile(credentials.schema)(broken));
});
