import { SandboxError } from '../../errors.js';
import type { Services } from '../services.js';
import { findEnrollment } from './totp-enrollment.js';
import { periodEndsAt, totpCode } from './totp.js';

/**
 * What an authenticator app would show now for a user's TOTP enrolment (pending or active), on
 * the sandbox clock: the control API's `GET /__sandbox/mfa/totp` and `sb.mfa.totp()`, so a test
 * needs no TOTP code of its own.
 */
export async function totpNow(svc: Services, clientId: string, userId: string) {
  const user = await svc.store.getUser(clientId, userId);
  if (!user) {
    throw new SandboxError('resource_not_found', { missing: `Client ${clientId} has no user ${userId}`, fix: `list users with GET /__sandbox/users?client_id=${clientId}` });
  }
  const enrollment = await findEnrollment(svc, clientId, userId);
  if (!enrollment) {
    throw new SandboxError('resource_not_found', { missing: `User ${userId} of client ${clientId} has no TOTP enrolment`, fix: 'enrol with MFA Enroll TOTP (POST /api/v1/auth/mfa/enroll) first' });
  }
  const now = svc.clock.nowMs();
  return { secret: enrollment.secret, code: totpCode(enrollment.secret, now), period_ends_at: periodEndsAt(now) };
}
