import type { OpenAPIV3 } from 'openapi-types';
import { loadSpec } from '../../../src/openapi/spec.js';

/** A JSON Schema as openapi.yaml writes it (OAS 3.0 subset), with every $ref resolved. */
export type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface ParamSpec {
  name: string;
  in: 'query' | 'header' | 'path';
  required: boolean;
  schema: Schema;
}

/** One operation of openapi.yaml, as the fuzzer walks it. */
export interface SpecOperation {
  operationId: string;
  method: string;
  /** The path template, e.g. /api/v1/auth/passwordless/passkey/credentials/{passkeyid} */
  path: string;
  params: ParamSpec[];
  /** `form`: sent application/x-www-form-urlencoded (the OIDC token endpoint), else JSON. */
  body?: { required: boolean; schema: Schema; form: boolean };
  /** Alternatives (OR) of scheme sets (AND), as in the spec's `security`. */
  security: string[][];
  tags: string[];
}

/** The management API (CONTRACT-API.md §6): the operations tagged users, organizations or roles. */
export const isManagement = (op: SpecOperation) => op.tags.some((tag) => ['users', 'organizations', 'roles'].includes(tag));
/** The OIDC face (tag oidc): its issuer's paths and the /oauth/* aliases (test/fuzz/oidc-api.test.ts walks them). */
export const isOidc = (op: SpecOperation) => op.tags.includes('oidc');

/** Resolves every local $ref (`#/components/...`) in place of the reference. The spec has no cycles. */
export function deref(doc: OpenAPIV3.Document, value: unknown, seen: string[] = []): any { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (Array.isArray(value)) return value.map((v) => deref(doc, v, seen));
  if (!value || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  if (typeof obj.$ref === 'string') {
    const ref = obj.$ref;
    if (seen.includes(ref)) throw new Error(`cyclic $ref ${ref}`);
    const target = ref.slice(2).split('/').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], doc);
    return deref(doc, target, [...seen, ref]);
  }
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, deref(doc, v, seen)]));
}

/** Every path + method + operationId of openapi.yaml, with its parameters, body schema and security. */
export function specOperations(): SpecOperation[] {
  const doc = loadSpec();
  const ops: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries(doc.paths)) {
    const item = deref(doc, rawItem) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const shared: ParamSpec[] = item.parameters ?? [];
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const own: ParamSpec[] = op.parameters ?? [];
      const params = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own]
        .map((p) => ({ name: p.name, in: p.in, required: p.required === true, schema: p.schema ?? {} }));
      const form = op.requestBody?.content?.['application/x-www-form-urlencoded'];
      const content = op.requestBody?.content?.['application/json'] ?? form;
      ops.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        params,
        body: content ? { required: op.requestBody.required === true, schema: content.schema, form: content === form } : undefined,
        security: ((op.security ?? doc.security ?? []) as Record<string, string[]>[]).map((alt) => Object.keys(alt)),
        tags: op.tags ?? [],
      });
    }
  }
  return ops;
}
