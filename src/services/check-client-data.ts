import type { Client } from '../store/types.js';
import { APK_KEY_HASH_PREFIX, clientAllowsOrigin, describeOrigins } from './origin-policy.js';

export interface ClientData {
  type: string;
  challenge: string;
  origin: string;
  crossOrigin?: boolean;
  topOrigin?: string;
}

/**
 * The clientDataJSON checks, done by us before @simplewebauthn/server runs, for two reasons:
 * the library leaves `crossOrigin`/`topOrigin` to the relying party (WebAuthn L3 §7.1 step 11,
 * §7.2 step 15), and our messages quote the expected and received values and say how to fix
 * the problem. Returns the parsed client data, or a failure message.
 */
export function checkClientData(
  encoded: string,
  expected: { type: 'webauthn.create' | 'webauthn.get'; challenge: string; client: Client },
): { ok: true; data: ClientData } | { ok: false; check: string; message: string } {
  let data: ClientData;
  try {
    data = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as ClientData;
    if (typeof data !== 'object' || data === null) throw new Error('not an object');
  } catch {
    return { ok: false, check: 'clientDataJSON', message: 'response.clientDataJSON is not base64url-encoded JSON' };
  }
  const { client } = expected;
  if (data.type !== expected.type) {
    return { ok: false, check: 'type', message: `clientDataJSON.type is ${JSON.stringify(data.type)}, expected "${expected.type}"` };
  }
  if (data.challenge !== expected.challenge) {
    return { ok: false, check: 'challenge', message: `clientDataJSON.challenge ${JSON.stringify(data.challenge)} is not the challenge issued with this auth_code ("${expected.challenge}")` };
  }
  if (typeof data.origin === 'string' && data.origin.startsWith(APK_KEY_HASH_PREFIX) && !clientAllowsOrigin(client, data.origin)) {
    return {
      ok: false,
      check: 'origin',
      message: `origin ${JSON.stringify(data.origin)} is an Android app whose signing-certificate hash is not among client ${client.client_id}'s android_apk_key_hashes [${describeOrigins(client.android_apk_key_hashes ?? [])}]; create a client that lists it (POST /__sandbox/clients with "android_apk_key_hashes": ["${data.origin.slice(APK_KEY_HASH_PREFIX.length)}"])`,
    };
  }
  if (typeof data.origin !== 'string' || !clientAllowsOrigin(client, data.origin)) {
    return {
      ok: false,
      check: 'origin',
      message: `origin ${JSON.stringify(data.origin)} is not among client ${client.client_id}'s allowed origins [${describeOrigins(client.origins)}]; use an allowed origin, or create a client that allows it (POST /__sandbox/clients with \"origins\")`,
    };
  }
  if (!client.policy.allow_cross_origin) {
    if (data.crossOrigin === true) {
      return { ok: false, check: 'crossOrigin', message: `clientDataJSON.crossOrigin is true (a ceremony inside a cross-origin iframe) and client ${client.client_id} does not allow it (policy.allow_cross_origin is false)` };
    }
    if (data.topOrigin !== undefined && data.topOrigin !== data.origin) {
      return { ok: false, check: 'topOrigin', message: `clientDataJSON.topOrigin ${JSON.stringify(data.topOrigin)} differs from origin ${JSON.stringify(data.origin)} and client ${client.client_id} does not allow cross-origin ceremonies (policy.allow_cross_origin is false)` };
    }
  }
  return { ok: true, data };
}
