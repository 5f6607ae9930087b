import type { Bytes } from './types.js';

/** The CBOR values the authenticator writes: COSE keys and attestation objects. */
export type CborValue = number | string | Uint8Array | Map<number | string, CborValue>;

/**
 * A minimal CBOR encoder (RFC 8949) for what an authenticator writes: unsigned and negative
 * integers, byte and text strings, and maps (in insertion order, as the CTAP2 canonical form
 * the callers build them in). Written here instead of importing @simplewebauthn/server/helpers,
 * whose import costs ~0.25 s of the sandbox's start-up (issue #5); verification still decodes
 * with @simplewebauthn's own CBOR decoder.
 */
export function encodeCbor(value: CborValue): Bytes {
  const out: number[] = [];
  write(value, out);
  return new Uint8Array(out);
}

function head(major: number, n: number, out: number[]): void {
  const m = major << 5;
  if (n < 24) out.push(m | n);
  else if (n < 0x100) out.push(m | 24, n);
  else if (n < 0x10000) out.push(m | 25, n >> 8, n & 0xff);
  else if (n <= 0xffffffff) out.push(m | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  else throw new RangeError(`CBOR: ${n} does not fit in 32 bits`);
}

function write(value: CborValue, out: number[]): void {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new TypeError(`CBOR: only integers are supported, got ${value}`);
    if (value >= 0) head(0, value, out);
    else head(1, -1 - value, out);
  } else if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    head(3, bytes.length, out);
    for (const b of bytes) out.push(b);
  } else if (value instanceof Uint8Array) {
    head(2, value.length, out);
    for (const b of value) out.push(b);
  } else if (value instanceof Map) {
    head(5, value.size, out);
    for (const [k, v] of value) {
      write(k, out);
      write(v, out);
    }
  } else {
    throw new TypeError('CBOR: unsupported value');
  }
}
