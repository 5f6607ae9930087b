import type { X509Certificate } from 'node:crypto';
import { AttestationRefusal } from './attestation-refusal.js';

/** What every attestation statement format is verified against (WebAuthn L3 §8). */
export interface AttestationInput {
  fmt: string;
  attStmt: Map<string, unknown>;
  authData: Uint8Array;
  clientDataHash: Uint8Array;
  /** The credential public key, COSE-encoded, from authenticatorData. */
  credentialPublicKey: Uint8Array;
  aaguid: Uint8Array;
  credentialId: Uint8Array;
  rpIdHash: Uint8Array;
  /** The sandbox clock's instant: every time-bound check uses it, never the machine's date. */
  now: Date;
  /** The trust anchors for this format: the library's defaults plus the client's own. */
  roots: X509Certificate[];
  /** The COSE algorithms the client accepts (src/services/supported-algorithms.ts). */
  algorithms: number[];
}

/** What a verified statement proves (WebAuthn §6.5.4 attestation types). */
export interface AttestationResult {
  type: 'none' | 'self' | 'basic' | 'attca';
  /** The attestation certificate path as sent (leaf first); empty for none and self. */
  chain: X509Certificate[];
  /** The trust anchor the path ends at, when it is one the sandbox knows; null otherwise. */
  root: X509Certificate | null;
}

/** Refusal helpers bound to one statement, so each check is one line. */
export function refusals(input: AttestationInput) {
  return {
    refuse(check: string, detail: string, wayOut: string, certificate?: X509Certificate): AttestationRefusal {
      return new AttestationRefusal(input.fmt, check, detail, input.now, wayOut, certificate);
    },
    /** A statement that is malformed or lies: nothing on the sandbox side can make it pass. */
    invalid(check: string, detail: string, certificate?: X509Certificate): AttestationRefusal {
      return new AttestationRefusal(input.fmt, check, detail, input.now, 'none on the sandbox side: the authenticator sent a statement that does not verify; register again with a genuine response, or with the virtual authenticator', certificate);
    },
  };
}

export function bytesField(input: AttestationInput, key: string): Uint8Array {
  const value = input.attStmt.get(key);
  if (!(value instanceof Uint8Array)) throw refusals(input).invalid('statement', `attStmt.${key} is missing or not a byte string`);
  return value;
}
