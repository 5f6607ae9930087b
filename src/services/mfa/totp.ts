import { Secret, TOTP } from 'otpauth';

/**
 * RFC 6238 as every authenticator app does it by default (SHA-1, 6 digits, 30 s), through
 * `otpauth` rather than hand-written HOTP arithmetic, and always at an instant the caller gives:
 * the sandbox clock, so a pinned clock gives a fixed code (CONTRACT-API.md §3).
 */
export const TOTP_PERIOD_S = 30;
export const TOTP_DIGITS = 6;

const totp = (secret: string) => new TOTP({ algorithm: 'SHA1', digits: TOTP_DIGITS, period: TOTP_PERIOD_S, secret: Secret.fromBase32(secret) });

/** Base32 (RFC 4648, no padding) of the secret bytes, as apps and `oathtool -b` take it. */
export const base32Secret = (bytes: Uint8Array): string => new Secret({ buffer: bytes.slice().buffer as ArrayBuffer }).base32;

export function totpCode(secret: string, atMs: number): string {
  return totp(secret).generate({ timestamp: atMs });
}

/** Whether `code` is the code of the step at `atMs` or of the step just before or after (±1 step). */
export function totpAccepts(secret: string, code: string, atMs: number): boolean {
  if (!/^[0-9]{6}$/.test(code)) return false;
  return totp(secret).validate({ token: code, timestamp: atMs, window: 1 }) !== null;
}

/** When the step that holds `atMs` ends: the next code starts then. */
export function periodEndsAt(atMs: number): string {
  const periodMs = TOTP_PERIOD_S * 1000;
  return new Date((Math.floor(atMs / periodMs) + 1) * periodMs).toISOString();
}

/**
 * The Key Uri Format apps scan, in CONTRACT-API.md §5 B3's parameter order:
 * `otpauth://totp/<issuer>:<email>?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30`.
 */
export function barcodeUri(issuer: string, account: string, secret: string): string {
  const i = encodeURIComponent(issuer);
  return `otpauth://totp/${i}:${encodeURIComponent(account)}?secret=${secret}&issuer=${i}&algorithm=SHA1&digits=${TOTP_DIGITS}&period=${TOTP_PERIOD_S}`;
}
