import { SandboxError } from '../errors.js';
import { qrCodePng } from '../services/mfa/qr-code.js';
import { enrollmentUri, findEnrollment } from '../services/mfa/totp-enrollment.js';
import { signedIn, type Handler } from './handler.js';

/** The PNG of the enrolment's `barcode_uri`, pending or active; none is 404 (CONTRACT-API.md §5 B5). */
export const getMfaQrCode: Handler<'getMfaQrCode'> = async (input, { svc }) => {
  const { client, user } = signedIn(input);
  const enrollment = await findEnrollment(svc, client.client_id, user.user_id);
  if (!enrollment) {
    throw new SandboxError('resource_not_found', { missing: `User ${user.user_id} has no TOTP enrolment, so there is no QR code`, fix: 'enrol first with MFA Enroll TOTP (POST /api/v1/auth/mfa/enroll)' });
  }
  const png = await qrCodePng(enrollmentUri(client, user, enrollment));
  return { status: 200, body: png, headers: { 'content-type': 'image/png', 'cache-control': 'no-store' } };
};
