import { SandboxError } from '../../errors.js';
import type { Client, User } from '../../store/types.js';
import type { Services } from '../services.js';
import type { MfaEnrollment } from './mfa-records.js';
import { barcodeUri, base32Secret } from './totp.js';

/** A user's TOTP enrolment, pending or active (there is at most one). */
export async function findEnrollment(svc: Services, clientId: string, userId: string): Promise<MfaEnrollment | undefined> {
  return (await svc.store.listRecords('mfa_enrollments', clientId, userId))[0];
}

/** The `otpauth://` URI of an enrolment: issuer `policy.mfa_issuer`, account the email (or the phone of a phone-only user). */
export const enrollmentUri = (client: Client, user: User, enrollment: MfaEnrollment) =>
  barcodeUri(client.policy.mfa_issuer, user.email || user.identifier, enrollment.secret);

/**
 * MFA Enroll TOTP (CONTRACT-API.md §5 B3). The secret is 20 bytes of the seeded stream, so the
 * same seed and calls give the same secret. A pending enrolment is replaced (the user scans a
 * new code, as when an app's setup is restarted); an active one is refused with 409.
 */
export async function enrollTotp(svc: Services, client: Client, user: User) {
  const existing = await findEnrollment(svc, client.client_id, user.user_id);
  if (existing?.active) throw new SandboxError('mfa_already_enrolled', { user_id: user.user_id, id: existing.id });
  if (existing) await svc.store.deleteRecord('mfa_enrollments', client.client_id, existing.id);
  const enrollment: MfaEnrollment = {
    id: `totp|${svc.random.objectId()}`,
    client_id: client.client_id,
    user_id: user.user_id,
    authenticator_type: 'otp',
    secret: base32Secret(svc.random.bytes(20)),
    active: false,
    created_at: svc.clock.now().toISOString(),
    activated_at: null,
  };
  await svc.store.putRecord('mfa_enrollments', enrollment);
  return { authenticator_type: 'otp' as const, secret: enrollment.secret, barcode_uri: enrollmentUri(client, user, enrollment) };
}

/** The enrolment Validate and the QR code work on; none is 400 `mfa_not_enrolled` with the way to get one. */
export async function requireEnrollment(svc: Services, user: User, activeOnly: boolean): Promise<MfaEnrollment> {
  const enrollment = await findEnrollment(svc, user.client_id, user.user_id);
  if (!enrollment || (activeOnly && !enrollment.active)) {
    const pending = enrollment ? ' (its enrolment is pending)' : '';
    throw new SandboxError('mfa_not_enrolled', {
      user_id: user.user_id,
      factor: `active TOTP authenticator${pending}`,
      fix: enrollment
        ? 'validate a code of the enrolled authenticator with Validate MFA Token (POST /api/v1/auth/mfa/validate) to activate it'
        : 'enrol one with MFA Enroll TOTP (POST /api/v1/auth/mfa/enroll) and validate its first code',
    });
  }
  return enrollment;
}
