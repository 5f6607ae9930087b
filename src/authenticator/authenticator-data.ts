import { createHash } from 'node:crypto';
import type { Bytes } from './types.js';

/** Flag bits of authenticator data (WebAuthn §6.1, "flags"). */
const FLAG_UP = 0x01; // bit 0: user present
const FLAG_UV = 0x04; // bit 2: user verified
const FLAG_BE = 0x08; // bit 3: backup eligible
const FLAG_BS = 0x10; // bit 4: backup state
const FLAG_AT = 0x40; // bit 6: attested credential data included

/** The attested credential data of a registration (WebAuthn §6.5.1). */
export interface AttestedCredential {
  /** 16 bytes, see `parseAaguid`. */
  aaguid: Uint8Array;
  credentialId: Uint8Array;
  /** CBOR COSE_Key, see `coseKey`. */
  publicKeyCose: Uint8Array;
}

/** Everything that goes into one authenticator data structure. */
export interface AuthenticatorDataInput {
  /** The RP ID whose SHA-256 becomes rpIdHash. */
  rpId: string;
  up: boolean;
  uv: boolean;
  backupEligible: boolean;
  backupState: boolean;
  /** Written as an unsigned 32-bit big-endian integer. */
  signCount: number;
  /** Present for registrations only; its presence sets the AT flag. */
  attestedCredential?: AttestedCredential;
}

/**
 * Build the authenticator data byte string (WebAuthn §6.1):
 *
 *   rpIdHash (32) ‖ flags (1) ‖ signCount (4, big-endian)
 *     [‖ aaguid (16) ‖ credentialIdLength (2, big-endian) ‖ credentialId ‖ COSE key]
 *
 * Assertions carry no attested credential data (§6.3.3 step 10), so AT is set
 * exactly when `attestedCredential` is given. No extensions are produced, so
 * the ED flag (bit 7) is never set.
 */
export function authenticatorData(input: AuthenticatorDataInput): Bytes {
  const rpIdHash = createHash('sha256').update(input.rpId, 'utf8').digest();
  const attested = input.attestedCredential;
  const flags =
    (input.up ? FLAG_UP : 0) |
    (input.uv ? FLAG_UV : 0) |
    (input.backupEligible ? FLAG_BE : 0) |
    (input.backupState ? FLAG_BS : 0) |
    (attested ? FLAG_AT : 0);

  const header = Buffer.alloc(5);
  header.writeUInt8(flags, 0);
  header.writeUInt32BE(input.signCount, 1);
  const parts: Uint8Array[] = [rpIdHash, header];

  if (attested) {
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(attested.credentialId.length, 0);
    parts.push(attested.aaguid, idLength, attested.credentialId, attested.publicKeyCose);
  }
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * Turn a UUID string into the 16 AAGUID bytes. Validated eagerly so that a
 * typo in the options fails at construction rather than producing an
 * authenticator data structure with a wrongly sized AAGUID, which relying
 * parties would misparse (every later field would be shifted).
 */
export function parseAaguid(uuid: string): Bytes {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) {
    throw new TypeError(`aaguid must be a UUID string (32 hex digits), got "${uuid}"`);
  }
  return new Uint8Array(Buffer.from(hex, 'hex'));
}
