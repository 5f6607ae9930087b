import { SandboxError } from '../errors.js';
import type { HandlerDeps } from './handler.js';

/**
 * SSOJet types `passkey` as "text": the WebAuthn response may arrive as an object or as a JSON
 * string. An object was validated with the body; a string is parsed here and validated
 * against the same component schema of openapi.yaml, so both forms meet the same contract.
 */
export function parsePasskey<T>(value: unknown, schemaName: string, deps: HandlerDeps, field = 'body.passkey'): T {
  if (typeof value !== 'string') return value as T;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (err) {
    throw new SandboxError('invalid_request_body', { reason: `${field} is a string but not JSON (${(err as Error).message}); send the ${schemaName} object or its JSON text` });
  }
  const errors = deps.validateSchema(schemaName, parsed);
  if (errors) {
    const parts = errors.slice(0, 4).map((e) => {
      const where = [field, ...e.instancePath.split('/').filter(Boolean)].join('.');
      const extra = e.keyword === 'required' ? `.${(e.params as { missingProperty: string }).missingProperty} is required` : ` ${e.message}`;
      return `${where}${extra} (${e.keyword})`;
    });
    throw new SandboxError('invalid_request_body', { reason: `${field} (a JSON string) is not a valid ${schemaName}: ${parts.join('; ')}` });
  }
  return parsed as T;
}
