import { listAuthenticators } from '../services/mfa/list-authenticators.js';
import { ok, signedIn, type Handler } from './handler.js';

/** The body SSOJet's sample sends on this GET is ignored (CONTRACT-API.md §7 #16). */
export const listMfaAuthenticators: Handler<'listMfaAuthenticators'> = async (input, { svc }) => ok(await listAuthenticators(svc, signedIn(input).user));
