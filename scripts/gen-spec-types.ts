/**
 * Writes src/openapi/spec-types.ts, the TypeScript types of openapi.yaml that type each handler
 * by its operationId (src/handlers/handler.ts). Run `npm run gen:types` after editing the spec;
 * test/contract/spec-types.test.ts fails while the checked-in file is behind it.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type SchemaObject } from 'openapi-typescript';
import ts from 'typescript';

export const specTypesFile = fileURLToPath(new URL('../src/openapi/spec-types.ts', import.meta.url));

const header = `/**
 * Generated from openapi.yaml by openapi-typescript (scripts/gen-spec-types.ts).
 * Do not edit: change openapi.yaml and run \`npm run gen:types\`.
 */

`;

/**
 * A bare `type: object` (WebAuthn's clientExtensionResults) holds any properties: `object`,
 * which SimpleWebAuthn's interfaces satisfy, rather than openapi-typescript's `Record<string, never>`.
 */
function anyObject(schema: SchemaObject): ts.TypeNode | undefined {
  const bare = schema.type === 'object' && !schema.properties && schema.additionalProperties === undefined && !schema.allOf && !schema.oneOf && !schema.anyOf;
  if (!bare) return undefined;
  const object = ts.factory.createKeywordTypeNode(ts.SyntaxKind.ObjectKeyword);
  return schema.nullable ? ts.factory.createUnionTypeNode([object, ts.factory.createLiteralTypeNode(ts.factory.createNull())]) : object;
}

/** The file's text for the spec as it is now. */
export async function specTypes(): Promise<string> {
  // defaultNonNullable off: a property with a default may still be absent from what the caller sent.
  const ast = await openapiTS(new URL('../openapi.yaml', import.meta.url), { defaultNonNullable: false, transform: anyObject, silent: true });
  return header + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(specTypesFile, await specTypes());
  console.log(`wrote ${specTypesFile}`);
}
