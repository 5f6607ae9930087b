import type { Ajv } from 'ajv';
import addFormatsImport from 'ajv-formats';

// ajv-formats ships a CJS default export that NodeNext sees as a namespace.
const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;

/** Ajv as openapi-backend should build it: every error reported, formats such as `email` enforced. */
export const ajvOptions = { allErrors: true, strict: false } as const;

export function customizeAjv(ajv: Ajv): Ajv {
  return addFormats(ajv);
}
