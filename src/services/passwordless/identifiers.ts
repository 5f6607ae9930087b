import { SandboxError } from '../../errors.js';

/**
 * One `@`, a local part and a domain with a dot, no spaces: what every mail provider needs,
 * without the RFC 5322 corner cases (quoted local parts, IP literals) no sign-in form accepts.
 */
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;
/** E.164: "+", a country code that does not start with 0, 7 to 15 digits in all. */
const E164 = /^\+[1-9][0-9]{6,14}$/;

/**
 * The address an emailed code or link goes to: 400 invalid_email naming the field and the value
 * (the catalog's words, shared with the management API's users).
 */
export function checkEmail(email: string, field = 'body.email'): string {
  if (EMAIL.test(email)) return email;
  throw new SandboxError('invalid_email', { field, email });
}

/** The number a texted code goes to; 400 invalid_phone names the field it came in and what is wrong. */
export function checkPhone(phone: string, field: string): string {
  if (E164.test(phone)) return phone;
  const problem = phone === '' ? 'is empty'
    : !phone.startsWith('+') ? `"${phone}" does not start with "+" and the country code`
      : `"${phone}" is not an E.164 number`;
  throw new SandboxError('invalid_phone', { field, problem });
}

/**
 * Send Magic Auth Code via SMS names the number `phone_id` in its table and `phone` in its prose
 * (CONTRACT-API §7 #3): either is taken, both only when they agree.
 */
export function phoneOf(body: { phone_id?: string; phone?: string }): { phone: string; field: string } {
  const { phone_id: id, phone } = body;
  if (id !== undefined && phone !== undefined && id !== phone) {
    throw new SandboxError('invalid_request_body', { reason: `body.phone_id (${id}) and body.phone (${phone}) differ; send one of them (phone is an alias of phone_id)` });
  }
  if (id !== undefined) return { phone: id, field: 'phone_id' };
  if (phone !== undefined) return { phone, field: 'phone' };
  throw new SandboxError('invalid_request_body', { reason: 'body.phone_id is required (or its alias body.phone): the E.164 number to text the code to (required)' });
}
