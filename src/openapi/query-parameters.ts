import type { Operation } from 'openapi-backend';

/** What openapi-backend looks up in an operation's query parameters on every request. */
export interface QueryParameters {
  /** Names whose (first) declaration has `schema.type: array`: a single value becomes `[value]`. */
  arrays: Set<string>;
  /** Some parameter has JSON content: openapi-backend parses it and reports malformed JSON. */
  json: boolean;
  /** Some parameter has JSON content or `explode: false`: openapi-backend's parser decodes it. */
  styled: boolean;
}

const known = new WeakMap<Operation, QueryParameters>();

/** An operation's query parameter facts, read once per operation (the definition never changes after init). */
export function queryParameters(operation: Operation): QueryParameters {
  let found = known.get(operation);
  if (found) return found;
  found = { arrays: new Set(), json: false, styled: false };
  const seen = new Set<string>();
  for (const p of operation.parameters ?? []) {
    if ('$ref' in p || p.in !== 'query') continue;
    if (p.content?.['application/json'] !== undefined) found.json = found.styled = true;
    if (p.explode === false) found.styled = true;
    // The first query parameter of a name decides, as openapi-backend's _.find does.
    if (seen.has(p.name)) continue;
    seen.add(p.name);
    if ((p.schema as { type?: string } | undefined)?.type === 'array') found.arrays.add(p.name);
  }
  known.set(operation, found);
  return found;
}
