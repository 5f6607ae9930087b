/**
 * The two TPM 2.0 structures a `tpm` statement carries (TPM 2.0 Library, Part 2: Structures):
 * TPMT_PUBLIC (`pubArea`, the credential key as the TPM holds it) and TPMS_ATTEST (`certInfo`,
 * what the attestation key signed). Big-endian, sized buffers (TPM2B) prefixed by a u16.
 */
export interface PubArea {
  type: 'rsa' | 'ecc';
  nameAlg: number;
  /** RSA: the exponent (0 means 65537) and modulus; ECC: the curve and point. */
  exponent?: number;
  n?: Buffer;
  curve?: number;
  x?: Buffer;
  y?: Buffer;
}

export interface CertInfo {
  magic: number;
  type: number;
  extraData: Buffer;
  /** TPMU_NAME: a u16 hash algorithm followed by the digest of pubArea. */
  name: Buffer;
}

export const TPM_ALG_RSA = 0x0001;
export const TPM_ALG_ECC = 0x0023;
export const TPM_GENERATED_VALUE = 0xff544347;
export const TPM_ST_ATTEST_CERTIFY = 0x8017;
/** TPM_ALG_ID of a name's hash → node:crypto's digest name. */
export const tpmHashes: Record<number, string> = { 0x0004: 'sha1', 0x000b: 'sha256', 0x000c: 'sha384', 0x000d: 'sha512' };
/** TPM_ECC_CURVE → COSE crv. */
export const tpmCurves: Record<number, number> = { 0x0003: 1, 0x0004: 2, 0x0005: 3 };

class Reader {
  private at = 0;
  constructor(private readonly buf: Buffer) {}
  u16() { const v = this.buf.readUInt16BE(this.at); this.at += 2; return v; }
  u32() { const v = this.buf.readUInt32BE(this.at); this.at += 4; return v; }
  skip(n: number) { if (this.at + n > this.buf.length) throw new RangeError('truncated'); this.at += n; }
  sized() { const n = this.u16(); const v = this.buf.subarray(this.at, this.at + n); this.skip(n); return Buffer.from(v); }
}

/** Throws RangeError on a truncated or unknown structure. */
export function parsePubArea(bytes: Uint8Array): PubArea {
  const r = new Reader(Buffer.from(bytes));
  const type = r.u16();
  const nameAlg = r.u16();
  r.u32(); // objectAttributes
  r.sized(); // authPolicy
  if (type === TPM_ALG_RSA) {
    r.u16(); r.u16(); r.u16(); // symmetric, scheme, keyBits
    const exponent = r.u32();
    return { type: 'rsa', nameAlg, exponent, n: r.sized() };
  }
  if (type === TPM_ALG_ECC) {
    r.u16(); r.u16(); // symmetric, scheme
    const curve = r.u16();
    r.u16(); // kdf
    return { type: 'ecc', nameAlg, curve, x: r.sized(), y: r.sized() };
  }
  throw new RangeError(`unknown TPMI_ALG_PUBLIC 0x${type.toString(16)}`);
}

export function parseCertInfo(bytes: Uint8Array): CertInfo {
  const r = new Reader(Buffer.from(bytes));
  const magic = r.u32();
  const type = r.u16();
  r.sized(); // qualifiedSigner
  const extraData = r.sized();
  r.skip(17); // clockInfo: clock u64, resetCount u32, restartCount u32, safe u8
  r.skip(8); // firmwareVersion
  const name = r.sized();
  r.sized(); // qualifiedName
  return { magic, type, extraData, name };
}
