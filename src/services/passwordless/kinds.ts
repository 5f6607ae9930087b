import type { AttemptKind } from './attempt.js';

const base = '/api/v1/auth/passwordless';

/** What each kind of attempt is called and where its calls are, for the words of its errors. */
export interface KindInfo {
  label: string;
  send: string;
  resend: string;
  verify: string;
}

/** The endpoints per kind as SSOJet has them (magic-otp/send, sic: CONTRACT-API §7 #4). */
export const kinds: Record<AttemptKind, KindInfo> = {
  magic_link: {
    label: 'magic link',
    send: `Email a Magic Link (POST ${base}/magic-link/send)`,
    resend: `Resend Email Magic Link (POST ${base}/magic-link/resend)`,
    verify: `Verify Magic Link (GET ${base}/magic-link/verify)`,
  },
  email_otp: {
    label: 'email OTP',
    send: `Email a Magic Auth Code (POST ${base}/magic-otp/send)`,
    resend: `Resend Magic Auth Code (POST ${base}/email-otp/resend)`,
    verify: `Verify Magic Auth Code (POST ${base}/email-otp/verify)`,
  },
  sms_otp: {
    label: 'SMS OTP',
    send: `Send Magic Auth Code via SMS (POST ${base}/phone-otp/send)`,
    resend: `Resend Magic Auth Code via SMS (POST ${base}/phone-otp/resend)`,
    verify: `Phone Magic Auth Verify (POST ${base}/phone-otp/verify)`,
  },
};
