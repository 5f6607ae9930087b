import { SandboxError } from '../errors.js';

/**
 * Builds the error for a failed WebAuthn check: the caller gets `check: message` in
 * error_description, and the same words go to the journal/log as the explanation.
 */
export function webauthnFailure(id: 'passkey_authentication_failed' | 'passkey_registration_failed', check: string, message: string): SandboxError {
  return new SandboxError(id, { check, reason: message }, { explanation: `${check} check failed: ${message}` });
}

/**
 * Names the check behind an @simplewebauthn/server error message, and says it in plain words.
 * The library's messages are precise but terse; we keep them and add what to do.
 */
export function describeLibraryError(err: unknown, rpId: string): { check: string; message: string } {
  const text = err instanceof Error ? err.message : String(err);
  if (/RP ID/i.test(text)) {
    return { check: 'rpId', message: `authenticatorData.rpIdHash is not SHA-256 of the client's rp_id "${rpId}": the authenticator answered for another RP ID (library: ${text})` };
  }
  if (/top origin/i.test(text)) {
    return { check: 'topOrigin', message: `clientDataJSON.topOrigin is set but crossOrigin is not true, which no conforming browser sends (WebAuthn §5.8.1); send crossOrigin: true with the top origin, or neither (library: ${text})` };
  }
  const counter = /counter value (\d+) was lower than expected (\d+)/i.exec(text);
  if (counter) {
    // The library words "not greater" as "lower" (it refuses equal values too); say what it checks.
    return { check: 'signCount', message: `authenticatorData.signCount ${counter[1]} is not greater than the stored counter ${counter[2]}: a counter that does not increase suggests a cloned authenticator (WebAuthn §6.1.1), so the sandbox refuses it as a strict IdP would. A counter of 0 with 0 stored means "does not count" and is accepted; if the authenticator was reset on purpose, delete the passkey and register it again` };
  }
  if (/counter/i.test(text)) {
    return { check: 'signCount', message: `${text}; a counter that does not increase suggests a cloned authenticator (WebAuthn §6.1.1)` };
  }
  if (/user verification|verified/i.test(text)) {
    return { check: 'userVerification', message: `${text}; the client's policy requires user verification (UV flag)` };
  }
  if (/user presen|not present/i.test(text)) {
    return { check: 'userPresence', message: `${text} (UP flag)` };
  }
  if (/authenticator data|CBOR|attestation object|attStmt|leftover/i.test(text)) {
    return { check: 'attestationObject', message: `the attestation object or authenticator data could not be decoded: ${text}` };
  }
  if (/signature/i.test(text)) {
    return { check: 'signature', message: text };
  }
  const alg = /Unexpected public key alg "(-?\d+)", expected one of "([^"]*)"/.exec(text);
  if (alg) {
    return { check: 'algorithm', message: `the credential's public key uses COSE algorithm ${alg[1]}, which is not among the offered pubKeyCredParams (${alg[2]}); use an authenticator with one of those algorithms` };
  }
  if (/algorithm|alg/i.test(text)) {
    return { check: 'algorithm', message: text };
  }
  return { check: 'webauthn', message: text };
}
