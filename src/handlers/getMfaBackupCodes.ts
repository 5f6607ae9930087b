import { unusedBackupCodes } from '../services/mfa/backup-codes.js';
import { requireEnrollment } from '../services/mfa/totp-enrollment.js';
import { ok, signedIn, type Handler } from './handler.js';

/** The unused codes; before the TOTP enrolment is active there are none to give (400 mfa_not_enrolled). */
export const getMfaBackupCodes: Handler<'getMfaBackupCodes'> = async (input, { svc }) => {
  const { client, user } = signedIn(input);
  await requireEnrollment(svc, user, true);
  return ok({ backup_codes: await unusedBackupCodes(svc, client.client_id, user.user_id) });
};
