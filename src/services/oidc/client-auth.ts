import { timingSafeEqual } from 'node:crypto';
import { SandboxError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import type { Client } from '../../store/types.js';

/** The form fields of a token or revocation request. */
export type Form = Record<string, string | string[] | undefined>;

const basicChallenge = { 'www-authenticate': 'Basic realm="ssojet-sandbox", charset="UTF-8"' };
const unauthenticated = (problem: string, explanation: string) =>
  new SandboxError('invalid_client', { problem }, { explanation, headers: basicChallenge });

/** RFC 6749 §2.3.1: the id and secret are form-urlencoded before base64, so `+` is a space. */
const formDecode = (value: string) => decodeURIComponent(value.replace(/\+/g, ' '));

/** A single form value: OAuth parameters must not repeat (RFC 6749 §3.2). */
export function field(form: Form, name: string): string | undefined {
  const value = form[name];
  if (Array.isArray(value)) throw new SandboxError('invalid_request', { reason: `The form field ${name} was sent ${value.length} times; send it once` });
  return value === '' ? undefined : value;
}

/**
 * Who is calling the token or revocation endpoint: HTTP Basic (client_secret_basic), the form's
 * client_id + client_secret (client_secret_post), or a public client's client_id alone (`none`).
 * Every refusal is invalid_client (401, with a Basic challenge) saying which check failed.
 */
export async function authenticateClient(store: Store, authorization: string | undefined, form: Form): Promise<Client> {
  let id = field(form, 'client_id');
  let secret = field(form, 'client_secret');
  const basic = authorization?.match(/^Basic\s+(\S+)$/i);
  if (basic) {
    if (secret !== undefined) throw new SandboxError('invalid_request', { reason: 'The client sent its secret both in Authorization: Basic and in the form; use one method (RFC 6749 §2.3)' });
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) throw unauthenticated('Authorization: Basic must carry base64(client_id:client_secret)', 'the Basic credentials have no colon');
    let basicId: string;
    try {
      basicId = formDecode(decoded.slice(0, colon));
      secret = formDecode(decoded.slice(colon + 1));
    } catch {
      throw unauthenticated('The Basic credentials are not form-urlencoded text (RFC 6749 §2.3.1)', 'a % escape in the Basic credentials does not decode');
    }
    if (id !== undefined && id !== basicId) throw new SandboxError('invalid_request', { reason: `The form's client_id (${id}) differs from the Basic credentials' (${basicId}); send one client id` });
    id = basicId;
  }
  if (id === undefined) throw unauthenticated('the request names no client: send Authorization: Basic, or client_id (and client_secret) in the form', 'the request names no client');
  const client = await store.getClient(id);
  if (!client) throw unauthenticated(`no client ${id}`, `unknown client_id ${id}`);
  // A public client needs no secret (PKCE stands in for it); every client has one all the same
  // (CONTRACT-API.md §1), so one that is sent is checked.
  if (client.public && secret === undefined) return client;
  if (secret === undefined) throw unauthenticated(`client ${id} is confidential: authenticate with its client_secret (Basic or form), or register a public client for PKCE alone`, 'no client_secret was sent for a confidential client');
  if (!sameText(secret, client.client_secret)) {
    throw unauthenticated(`the client_secret of client ${id} is wrong (GET /__sandbox/clients shows it)`, 'the client_secret does not match');
  }
  return client;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
