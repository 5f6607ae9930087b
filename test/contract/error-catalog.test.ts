// The error catalog (src/errors.ts) against the code that throws from it and the spec that
// documents it: every id thrown is in the catalog and has an example in openapi.yaml, every
// catalog id is thrown somewhere, and each example's words are its id's template.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import t from 'tap';
import { errorCatalog, renderError, renderMessage, SandboxError, type ErrorId } from '../../src/errors.js';
import { packageRoot } from '../../src/lib/package-root.js';
import { ajvOptions, customizeAjv } from '../../src/openapi/create-ajv.js';
import { loadSpec } from '../../src/openapi/spec.js';

type Json = any;
const ids = Object.keys(errorCatalog) as ErrorId[];
const spec: Json = loadSpec();
const validateError = customizeAjv(new Ajv({ ...ajvOptions })).compile(spec.components.schemas.Error);

const placeholders = (id: ErrorId) => [...errorCatalog[id].message.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]);
const filled = (id: ErrorId) => Object.fromEntries(placeholders(id).map((name) => [name, `<${name}>`]));
/** The template as an anchored pattern, each placeholder standing for any non-empty text. */
const templatePattern = (id: ErrorId) => new RegExp(`^${errorCatalog[id].message.split(/\{[a-z_]+\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]+')}$`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}
const src = join(packageRoot, 'src');
const sources = sourceFiles(src).filter((f) => f !== join(src, 'errors.ts')).map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));

/** Every `{error, error_description, error_code}` example anywhere in the spec, with where it is. */
function errorExamples(node: Json, at = '#'): Array<{ at: string; value: Json }> {
  if (!node || typeof node !== 'object') return [];
  const own = typeof node.error === 'string' && 'error_code' in node && 'error_description' in node ? [{ at, value: node }] : [];
  return [...own, ...Object.entries(node).flatMap(([k, v]) => errorExamples(v, `${at}/${k}`))];
}
const examples = errorExamples(spec);

t.test('every catalog entry renders, with its placeholders filled, a body valid against #/components/schemas/Error', async (t) => {
  t.ok(ids.length >= 25, `${ids.length} ids`);
  for (const id of ids) {
    const body = renderError(new SandboxError(id, filled(id) as never));
    t.ok(validateError(body), `${id} renders a valid Error body`, { body, errors: validateError.errors });
    t.same(body, { error: id, error_description: renderMessage(id, filled(id)), error_code: errorCatalog[id].code });
    t.notMatch(body.error_description, /\{[a-z_]+\}/, `${id} leaves no placeholder unfilled`);
    const { status } = errorCatalog[id];
    t.ok(status >= 400 && status <= 599, `${id} has an error status (${status})`);
  }
});

t.test('a rendering with a missing placeholder throws, naming the id and the placeholder', async (t) => {
  t.throws(() => renderMessage('unknown_scenario', { name: 'nope' }), { name: 'TypeError', message: /unknown_scenario: no value for placeholder \{available\}/ });
  // @ts-expect-error the types refuse it too: `available` is missing
  t.throws(() => new SandboxError('unknown_scenario', { name: 'nope' }), /no value for placeholder \{available\}/);
  t.equal(new SandboxError('unknown_scenario', { name: '{available}', available: 'a' }).message, 'No scenario named "{available}"; available: a (files in fixtures/scenarios/)', 'a value is inserted as is, never filled again');
});

t.test('a check option makes the explanation name the check and repeat the description', async (t) => {
  const err = new SandboxError('invalid_auth_code', { auth_code: 'abc', problem: 'is unknown', next: 'Retry.' }, { check: 'auth_code' });
  t.equal(err.message, 'auth_code abc is unknown. Retry.');
  t.equal(err.explanation, 'auth_code check failed: auth_code abc is unknown. Retry.');
  t.equal(err.status, 400);
});

t.test('error codes are unique across the catalog', async (t) => {
  const codes = ids.map((id) => [id, errorCatalog[id].code] as const);
  t.same(codes.filter(([, code], i) => codes.findIndex(([, c]) => c === code) !== i), [], 'no two ids share a code');
});

t.test("the documented errors keep SSOJet's ids and numbers, and the sandbox's control errors are 9xx", async (t) => {
  const documented: Record<string, number> = { invalid_client: 1001, malformed_request: 800, resource_not_found: 801, invalid_request_body: 807, invalid_query_parameters: 842 };
  for (const [id, code] of Object.entries(documented)) {
    const entry = (errorCatalog as Record<string, { code: number; documented: boolean } | undefined>)[id];
    t.equal(entry?.code, code, `${id} is ${code}`);
    t.equal(entry?.documented, true, `${id} is marked documented`);
  }
  t.equal(errorCatalog.invalid_client.status, 401);
  t.equal(errorCatalog.resource_not_found.status, 404);
  // CONTRACT-API.md §0 F7: out of SSOJet's 25xx (role/permission) range.
  t.same(
    { unknown_scenario: errorCatalog.unknown_scenario.code, invalid_state_document: errorCatalog.invalid_state_document.code, authenticator_not_found: errorCatalog.authenticator_not_found.code, authenticator_refused: errorCatalog.authenticator_refused.code },
    { unknown_scenario: 901, invalid_state_document: 902, authenticator_not_found: 903, authenticator_refused: 904 },
  );
  // The two role/permission ids CONTRACT-API.md §1 places in 25xx are SSOJet-API errors, not control errors.
  const rolePermission = new Set<string>(['duplicate_slug', 'protected_role']);
  t.same(ids.filter((id) => errorCatalog[id].code >= 2500 && errorCatalog[id].code < 2600 && !errorCatalog[id].documented && !rolePermission.has(id)), [], 'no sandbox id in 25xx');
  t.notOk('invalid_state' in errorCatalog, 'invalid_state is renamed invalid_state_document');
});

t.test('every id thrown anywhere in src/ is in the catalog and has an example in openapi.yaml', async (t) => {
  const thrown = new Set(sources.flatMap(({ text }) => [...text.matchAll(/new SandboxError\(\s*'([a-z_0-9]+)'/g)].map((m) => m[1])));
  t.ok(thrown.size >= 20, `${thrown.size} ids thrown by literal`);
  const exampled = new Set(examples.map((e) => e.value.error));
  for (const id of thrown) {
    t.ok(id in errorCatalog, `${id} is in the catalog`);
    t.ok(exampled.has(id), `${id} has an error example in openapi.yaml`);
  }
});

t.test('every catalog id is used in src/ and has an example among the Error responses', async (t) => {
  const examplesOfError = spec.components.responses.Error.content['application/json'].examples as Record<string, { value: Json }>;
  // internal_server_error is thrown through internalError(), the one internal-error answer.
  const uses = (id: ErrorId, text: string) => text.includes(`'${id}'`) || (id === 'internal_server_error' && /\binternalError\(/.test(text));
  for (const id of ids) {
    t.ok(sources.some(({ text }) => uses(id, text)), `${id} is used outside the catalog`);
    t.equal(examplesOfError[id]?.value.error, id, `#/components/responses/Error has the example ${id}`);
  }
});

t.test("each error example in openapi.yaml is valid, names a catalog id with its code, and its words are that id's template", async (t) => {
  t.ok(examples.length >= ids.length, `${examples.length} examples`);
  for (const { at, value } of examples) {
    t.ok(validateError(value), `${at} is a valid Error`, { errors: validateError.errors });
    const entry = (errorCatalog as Record<string, { code: number } | undefined>)[value.error];
    t.ok(entry, `${at}: ${value.error} is in the catalog`);
    if (!entry) continue;
    t.equal(value.error_code, entry.code, `${at}: ${value.error} is ${entry.code}`);
    t.match(value.error_description, templatePattern(value.error), `${at}: the description is the template of ${value.error}`);
  }
});

t.test('the template check is not vacuous: other words do not match a template', async (t) => {
  t.match(renderMessage('unknown_scenario', { name: 'x', available: 'y' }), templatePattern('unknown_scenario'));
  t.notMatch('No scenario called "x"; available: y (files in fixtures/scenarios/)', templatePattern('unknown_scenario'));
  t.notMatch('The client is invalid or missing.', templatePattern('invalid_client'));
});
