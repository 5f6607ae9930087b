// Each handler is typed by its operationId from openapi.yaml (src/handlers/handler.ts): the
// generated types must be current, the type rules must hold, and handlers must not cast around them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import ts from 'typescript';
import { specTypes, specTypesFile } from '../../scripts/gen-spec-types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

t.test('src/openapi/spec-types.ts is what openapi.yaml generates now', async (t) => {
  const current = readFileSync(specTypesFile, 'utf8') === await specTypes();
  t.ok(current, 'src/openapi/spec-types.ts is behind openapi.yaml: run `npm run gen:types` and commit the file');
});

t.test('a handler gets its operation\'s input and must give one of its declared answers', async (t) => {
  // The fixture's @ts-expect-error lines each need the error they announce: loose types leave one unused.
  const fixture = join(root, 'test/fixtures/handler-types.ts');
  const { config } = ts.readConfigFile(join(root, 'tsconfig.test.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram([fixture], { ...options, noEmit: true });
  const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(fixture));
  t.same(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), [], 'the fixture compiles with every expected error met');
  t.ok(program.getSourceFile(join(root, 'src/openapi/spec-types.ts')), 'the check went through the generated types');
});

/** A type assertion (`x as T`, not `as const`) outside comments, strings and import/export renames. */
export function casts(source: string): string[] {
  const file = ts.createSourceFile('h.ts', source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const isConst = ts.isAsExpression(node) && ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(file) === 'const';
    if ((ts.isAsExpression(node) && !isConst) || ts.isTypeAssertionExpression(node)) found.push(node.getText(file));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

t.test('no handler casts its input: the types from the spec are the only ones it reads', async (t) => {
  t.same(casts('const a = input.body as { name: string }; const b = <X>input.query; const c = [1] as const;'), ['input.body as { name: string }', '<X>input.query'], 'the check finds casts');
  const dir = join(root, 'src/handlers');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== 'parse-passkey.ts');
  t.ok(files.some((f) => f.includes('/')), 'handlers in subfolders are read too');
  for (const name of files) {
    t.same(casts(readFileSync(join(dir, name), 'utf8')), [], `src/handlers/${name} has no type assertion`);
  }
});
