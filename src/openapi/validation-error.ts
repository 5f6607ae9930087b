import type { ErrorObject } from 'ajv';
import { SandboxError } from '../errors.js';

const MAX_REPORTED = 4;

/**
 * Turns Ajv's errors into one SSOJet error that names each failing field and the check that
 * failed, e.g. `query.identifier: must have required property (required)`.
 *
 * For `oneOf`/`anyOf` failures Ajv reports every branch; we keep the branch that got deepest
 * into the value (the one the caller was most likely aiming at), as JSON Schema's
 * "best match" heuristics do, so the message talks about the real mistake.
 *
 * A form-encoded operation is an OAuth endpoint: its refusals are `invalid_request` (RFC 6749
 * §5.2), with the same words.
 */
export function validationError(errors: ErrorObject[], form = false): SandboxError {
  const kept = bestBranch(errors);
  const first = kept[0];
  const location = isMissingBody(first) ? 'requestBody' : first?.instancePath.split('/')[1] ?? '';
  const id: 'invalid_request_body' | 'invalid_query_parameters' | 'invalid_header' | 'malformed_request' = location === 'requestBody' ? 'invalid_request_body'
    : location === 'query' ? 'invalid_query_parameters'
    : location === 'header' ? 'invalid_header' : 'malformed_request';
  const parts = kept.slice(0, MAX_REPORTED).map((e) => describe(e, form));
  const more = kept.length > MAX_REPORTED ? ` (and ${kept.length - MAX_REPORTED} more)` : '';
  const reason = `${[...new Set(parts)].join('; ')}${more}`;
  if (form) return new SandboxError('invalid_request', { reason: `Invalid request: ${reason}` });
  return id === 'malformed_request' ? new SandboxError(id, { reason: `Invalid request: ${reason}` }) : new SandboxError(id, { reason });
}

export function fieldName(instancePath: string): string {
  const [, where, ...rest] = instancePath.split('/');
  const root = where === 'requestBody' ? 'body' : where;
  return [root, ...rest].filter(Boolean).join('.');
}

function isMissingBody(e: ErrorObject | undefined): boolean {
  return e?.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === 'requestBody';
}

function describe(e: ErrorObject, form: boolean): string {
  if (isMissingBody(e)) return form ? 'a form body (application/x-www-form-urlencoded) is required' : 'a JSON body is required';
  let field = fieldName(e.instancePath);
  let message = e.message ?? 'is invalid';
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'required') {
    field = [field, String(params.missingProperty)].filter(Boolean).join('.');
    message = 'is required';
  } else if (e.keyword === 'additionalProperty' || e.keyword === 'additionalProperties') {
    field = [field, String(params.additionalProperty)].filter(Boolean).join('.');
    message = 'is not an allowed property';
  } else if (e.keyword === 'enum') {
    message = `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  } else if (form && e.keyword === 'type' && field.startsWith('body.')) {
    // The form parser makes a repeated field a list (src/http/form-body.ts).
    message = 'was sent more than once; send each OAuth parameter once (RFC 6749 §3.2)';
  } else if (e.keyword === 'parse') {
    return `body is not valid JSON: ${message}`;
  }
  return `${field || 'request'} ${message} (${e.keyword})`;
}

/**
 * Drops the losing branches of failed oneOf/anyOf, and the oneOf/anyOf summary lines themselves.
 * Ajv writes the schemaPath of an error inside a `$ref` relative to the referenced schema, so
 * such an error names no branch: it belongs to a `$ref` branch of the innermost combinator
 * around its value (e.g. a bare RegistrationResponseJSON body beside `{passkey}`).
 */
function bestBranch(errors: ErrorObject[]): ErrorObject[] {
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const root = (e: ErrorObject) => e.schemaPath.split('/').slice(0, 3).join('/');
  const within = (path: string, outer: string) => path === outer || path.startsWith(outer + '/');
  const owner = new Map<ErrorObject, ErrorObject>();
  for (const e of errors) {
    if (combinators.some((c) => e.schemaPath.startsWith(root(c)))) continue;
    const around = combinators.filter((c) => within(e.instancePath, c.instancePath));
    const innermost = around.sort((a, b) => b.instancePath.length - a.instancePath.length || b.schemaPath.length - a.schemaPath.length)[0];
    if (innermost) owner.set(e, innermost);
  }
  let kept = errors;
  // Innermost first, so nested combinators are resolved before their parents.
  for (const c of combinators.sort((a, b) => b.schemaPath.length - a.schemaPath.length)) {
    const prefix = c.schemaPath.replace(/\/(oneOf|anyOf)$/, `/${c.keyword}/`);
    const branchOf = (e: ErrorObject): string | undefined => {
      if (e.schemaPath.startsWith(prefix)) return e.schemaPath.slice(prefix.length).split('/')[0];
      const o = owner.get(e);
      if (o === c) return '$ref';
      return o && o.schemaPath.startsWith(prefix) ? o.schemaPath.slice(prefix.length).split('/')[0] : undefined;
    };
    const branches = new Map<string, ErrorObject[]>();
    for (const e of kept) {
      const branch = e === c ? undefined : branchOf(e);
      if (branch !== undefined) branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    if (branches.size === 0) continue;
    const types = [...branches.values()].flat();
    if (types.every((e) => e.keyword === 'type' && e.instancePath === c.instancePath)) {
      // The value is of none of the allowed types: say so once, naming them all.
      const allowed = types.map((e) => (e.params as { type: string }).type).join(' or ');
      const merged: ErrorObject = { ...types[0], message: `must be ${allowed}` };
      kept = [merged, ...kept.filter((e) => e !== c && branchOf(e) === undefined)];
      continue;
    }
    const depth = (list: ErrorObject[]) => Math.max(...list.map((e) => e.instancePath.split('/').length));
    const [winner] = [...branches.entries()].sort(([, a], [, b]) => depth(b) - depth(a) || a.length - b.length)[0];
    kept = kept.filter((e) => e !== c && (branchOf(e) === undefined || branchOf(e) === winner));
  }
  return kept.length > 0 ? kept : errors;
}
