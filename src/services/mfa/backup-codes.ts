import type { Services } from '../services.js';
import type { MfaBackupCodes } from './mfa-records.js';

const ALPHABET = '0123456789abcdefghijklmnopqrstuv';
export const BACKUP_CODE_COUNT = 10;

/**
 * Ten 8-character single-use codes (CONTRACT-API.md §5 B7), drawn from the seeded stream when a
 * TOTP enrolment activates, so the same seed and calls give the same codes.
 */
export async function createBackupCodes(svc: Services, clientId: string, userId: string): Promise<MfaBackupCodes> {
  const codes = Array.from({ length: BACKUP_CODE_COUNT }, () => Array.from(svc.random.bytes(8), (b) => ALPHABET[b & 31]).join(''));
  const record: MfaBackupCodes = { client_id: clientId, user_id: userId, codes, used: [], created_at: svc.clock.now().toISOString() };
  await svc.store.putRecord('mfa_backup_codes', record);
  return record;
}

export async function unusedBackupCodes(svc: Services, clientId: string, userId: string): Promise<string[]> {
  const record = await svc.store.getRecord('mfa_backup_codes', clientId, userId);
  return record ? record.codes.filter((c) => !record.used.includes(c)) : [];
}

/** Spends `code` if it is one of the user's unused codes (any case); false otherwise. */
export async function spendBackupCode(svc: Services, clientId: string, userId: string, code: string): Promise<boolean> {
  const record = await svc.store.getRecord('mfa_backup_codes', clientId, userId);
  const wanted = code.toLowerCase();
  if (!record || !record.codes.includes(wanted) || record.used.includes(wanted)) return false;
  await svc.store.putRecord('mfa_backup_codes', { ...record, used: [...record.used, wanted] });
  return true;
}
