import fc from 'fast-check';
import type { Schema } from './spec-ops.js';

/**
 * A fast-check arbitrary of values that (mostly) satisfy a JSON schema of openapi.yaml: types,
 * formats, enums, patterns, lengths, ranges, required and optional properties, oneOf/anyOf.
 * Sizes are kept small so that thousands of cases fit in a test run; the mutators make the
 * huge ones. "Valid-ish": a pattern and a length limit together may be met only mostly.
 */
export function schemaArb(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || typeof schema !== 'object') return fc.jsonValue({ maxDepth: 2 });
  const base = plain(schema, depth);
  return schema.nullable ? fc.oneof({ weight: 5, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) }) : base;
}

function plain(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if (Array.isArray(schema.oneOf)) return fc.oneof(...schema.oneOf.map((s: Schema) => schemaArb(s, depth + 1)));
  if (Array.isArray(schema.anyOf)) return fc.oneof(...schema.anyOf.map((s: Schema) => schemaArb(s, depth + 1)));
  if (Array.isArray(schema.allOf)) return schemaArb(mergeAllOf(schema), depth);
  switch (schema.type ?? (schema.properties ? 'object' : undefined)) {
    case 'string': return stringArb(schema);
    case 'integer': return fc.integer({ min: schema.minimum ?? -(2 ** 31), max: schema.maximum ?? 2 ** 31 });
    case 'number': return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true });
    case 'boolean': return fc.boolean();
    case 'array': {
      if (depth > 6) return fc.constant([]);
      const maxLength = Math.min(schema.maxItems ?? 3, 3);
      return fc.array(schemaArb(schema.items, depth + 1), { minLength: Math.min(schema.minItems ?? 0, maxLength), maxLength });
    }
    case 'object': return objectArb(schema, depth);
    default: return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArb(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = ((schema.required ?? []) as string[]).filter((k) => k in properties);
  if (depth > 6) return fc.constant({});
  const model = Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, schemaArb(s, depth + 1)]));
  let arb: fc.Arbitrary<Record<string, unknown>> = fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>;
  if (schema.minProperties || schema.maxProperties) {
    const min = schema.minProperties ?? 0;
    const max = schema.maxProperties ?? Infinity;
    arb = arb.map((o) => {
      const keys = Object.keys(o);
      if (keys.length > max) return Object.fromEntries(Object.entries(o).slice(0, max));
      return o;
    }).filter((o) => Object.keys(o).length >= min || Object.keys(properties).length < min);
  }
  return arb;
}

function mergeAllOf(schema: Schema): Schema {
  const merged: Schema = { type: 'object', properties: {}, required: [] };
  for (const part of schema.allOf as Schema[]) {
    const p = part.allOf ? mergeAllOf(part) : part;
    Object.assign(merged.properties, p.properties ?? {});
    merged.required = [...new Set([...merged.required, ...(p.required ?? [])])];
    if (p.additionalProperties === false) merged.additionalProperties = false;
  }
  return merged;
}

function stringArb(schema: Schema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, 40));
  if (schema.format === 'date-time') {
    return fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
  }
  if (schema.format === 'email') return fc.emailAddress().filter((s) => s.length <= (schema.maxLength ?? 320));
  if (typeof schema.pattern === 'string') {
    return fc.stringMatching(new RegExp(schema.pattern), { size: 'small' })
      .map((s) => (s.length > (schema.maxLength ?? Infinity) ? s.slice(0, schema.maxLength) : s))
      .filter((s) => s.length >= min);
  }
  return fc.string({ minLength: min, maxLength: max, unit: 'grapheme' });
}
