import { timingSafeEqual } from 'node:crypto';
import { SandboxError } from '../../errors.js';
import type { Client } from '../../store/types.js';
import type { Services } from '../services.js';
import { completeAttempt, type SignedIn } from './complete-attempt.js';
import { findAttempt, type Invalid } from './find-attempt.js';
import { kinds } from './kinds.js';
import { refuseStaleCode } from './verify-code.js';

export interface VerifyLinkInput {
  state: string;
  magictext: string;
  ip: string;
  userAgent: string | undefined;
}

/** A link whose state is unknown, of another kind or used: the link is what the person holds. */
const invalidLink: Invalid = (state, problem, fix, check) =>
  new SandboxError('invalid_magic_link', { problem: `names state ${state}, which ${problem}`, fix: check === 'single use' ? `ask for a new link with ${kinds.magic_link.send}` : fix }, { check });

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Verify Magic Link: the magictext of the state's latest send signs the person in, once. Every
 * refusal is one of the catalog's (the page renders it as HTML): an unknown state or magictext
 * is invalid_magic_link, a used one says so, an old one is state_expired. A wrong magictext
 * counts towards the brute-force limits, not against the state: 256-bit texts are not guessed.
 */
export async function verifyMagicLink(svc: Services, client: Client, input: VerifyLinkInput): Promise<SignedIn> {
  const attempt = await findAttempt(svc, client, input.state, 'magic_link', invalidLink);
  const who = { clientId: client.client_id, identifier: attempt.identifier, ip: input.ip };
  svc.limiter.check(who);
  if (!same(input.magictext, attempt.magictext ?? '')) {
    svc.limiter.recordFailure(who);
    const older = attempt.send_no > 1 ? ` (a resend replaced the link of each earlier send; this is send ${attempt.send_no})` : '';
    throw new SandboxError('invalid_magic_link', {
      problem: `has a magictext that is not the one sent for state ${attempt.state}${older}`,
      fix: `open the link of the latest email, or ask for a new one with ${kinds.magic_link.resend}`,
    }, { check: 'magictext' });
  }
  refuseStaleCode(svc, attempt, 'link');
  return completeAttempt(svc, client, attempt, input.ip, input.userAgent);
}
