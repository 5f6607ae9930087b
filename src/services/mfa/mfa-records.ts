/**
 * The MFA records the stores keep (CONTRACT-API.md §5), each a record collection of
 * src/store/collections.ts, so they are in both stores and the state document.
 */

/** A TOTP factor. `active` turns true when its first code validates (B6); until then it is pending. */
export interface MfaEnrollment {
  /** `totp|<24hex>` (List of Authenticators' id). */
  id: string;
  client_id: string;
  user_id: string;
  authenticator_type: 'otp';
  /** RFC 4648 base32 of 20 seeded bytes. */
  secret: string;
  active: boolean;
  created_at: string;
  activated_at: string | null;
}

/** A user's ten backup codes, made when their TOTP enrolment activates; `used` lists the spent ones. */
export interface MfaBackupCodes {
  client_id: string;
  user_id: string;
  codes: string[];
  used: string[];
  created_at: string;
}

/** Wrong codes sent with one Bearer (mfa_token or access token): at 5 it is burnt for /mfa/*. */
export interface MfaTokenUse {
  client_id: string;
  jti: string;
  user_id: string;
  failures: number;
  /** The token's own expiry: after it the record can go. */
  expires_at: string;
}

/** An out-of-band challenge (Initiate MFA with oob): the code sent, awaiting Validate with `oob_code`. */
export interface MfaChallenge {
  client_id: string;
  /** 52 hex characters. */
  oob_code: string;
  user_id: string;
  channel: 'email' | 'sms';
  to: string;
  code: string;
  created_at: string;
  expires_at: string;
  used: boolean;
}

/** Wrong codes a Bearer may send before it is burnt (CONTRACT-API.md §5 B6). */
export const MFA_MAX_FAILURES = 5;
