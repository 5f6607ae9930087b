import type { ErrorObject } from 'ajv';
import { SandboxError } from '../errors.js';
import { FORM, type CompiledOperation } from './compile-operations.js';
import { validationError } from './validation-error.js';

type Raw = string | string[] | undefined;
export interface ParsedParts { params: unknown; query: Record<string, Raw>; headers: Record<string, Raw>; body: unknown }

/**
 * Runs an operation's compiled validators on what Fastify parsed, in the object shape
 * openapi-backend builds them for (`{ path, query, header, cookie, requestBody }`): path
 * parameters decoded by Fastify's router, the query by its parser (a repeated key is an
 * array; a single value of an array parameter becomes `[value]`), headers as Node
 * lower-cases them. A body in a media type the operation does not declare is a 415 naming the
 * one it does (a form sent to a JSON operation, JSON sent to the token endpoint). The body
 * takes part when one was parsed or JSON was announced, so a
 * missing required body is reported as such. Returns the one error naming every failed check.
 */
export function validateRequest(op: CompiledOperation, parts: ParsedParts): SandboxError | null {
  if (op.validators.length === 0) return null;
  const rawType = parts.headers['content-type'];
  const contentType = String((Array.isArray(rawType) ? rawType[0] : rawType) || '').split(';')[0].trim().toLowerCase();
  if (parts.body !== undefined && op.mediaTypes.length > 0 && !op.mediaTypes.includes(contentType)) {
    return new SandboxError('unsupported_media_type', { expected: op.mediaTypes.join(' or ') });
  }
  // In place, as Ajv coerces in place: the handler gets the values the spec's types describe.
  const { query } = parts;
  for (const name of op.queryArrays) if (typeof query[name] === 'string') query[name] = [query[name]];
  const parameters: Record<string, unknown> = { path: parts.params ?? {}, query, header: parts.headers, cookie: {} };
  if (typeof parts.body === 'object' || contentType === 'application/json') parameters.requestBody = parts.body;
  let errors: ErrorObject[] | null = null;
  for (const validate of op.validators) {
    if (!validate(parameters)) (errors ??= []).push(...(validate.errors ?? []));
  }
  return errors ? validationError(errors, op.mediaTypes.includes(FORM)) : null;
}
