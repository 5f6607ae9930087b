import type { User } from '../../store/types.js';
import type { Services } from '../services.js';
import { findEnrollment } from './totp-enrollment.js';

export interface MfaAuthenticator {
  id: string;
  authenticator_type: 'otp' | 'oob' | 'recovery-code';
  oob_channel?: 'email' | 'sms';
  name: string;
  active: boolean;
  created_at: string;
}

/**
 * List of Authenticators (CONTRACT-API.md §5 B2): the TOTP enrolment, pending or active, and
 * once it is active what comes with it: the backup codes and an out-of-band channel to each of
 * the user's email and phone. Those share the enrolment's hex, so their ids are stable without
 * being stored.
 */
export async function listAuthenticators(svc: Services, user: User): Promise<MfaAuthenticator[]> {
  const enrollment = await findEnrollment(svc, user.client_id, user.user_id);
  if (!enrollment) return [];
  const hex = enrollment.id.slice('totp|'.length);
  const created_at = enrollment.created_at;
  const list: MfaAuthenticator[] = [{ id: enrollment.id, authenticator_type: 'otp', name: 'Authenticator app', active: enrollment.active, created_at }];
  if (!enrollment.active) return list;
  const since = enrollment.activated_at ?? created_at;
  list.push({ id: `recovery-code|${hex}`, authenticator_type: 'recovery-code', name: 'Backup codes', active: true, created_at: since });
  if (user.email) list.push({ id: `email|${hex}`, authenticator_type: 'oob', oob_channel: 'email', name: user.email, active: true, created_at: since });
  if (user.phone_id) list.push({ id: `sms|${hex}`, authenticator_type: 'oob', oob_channel: 'sms', name: user.phone_id, active: true, created_at: since });
  return list;
}
