import { createHash } from 'node:crypto';
import type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { CreateOptions, GetOptions, VirtualAuthenticator } from '../authenticator/index.js';
import { SandboxError } from '../errors.js';
import type { AuthenticatorRegistry } from './authenticator-registry.js';

export type AuthenticatorFault =
  | 'wrong_origin' | 'wrong_rp_id' | 'wrong_challenge' | 'wrong_type' | 'no_uv' | 'no_up' | 'cross_origin'
  | 'bad_signature' | 'counter_rollback';

const EVIL = 'evil.example';

/**
 * How each fault bends the simulated client/authenticator; what a relying party must catch.
 * The wrong challenge is derived from the real one rather than drawn from the seeded source,
 * so a request the authenticator then refuses leaves the state (and its RNG position) as it was.
 */
function faultOptions(fault: AuthenticatorFault | undefined, challenge: string, ceremony: 'create' | 'get'): Partial<CreateOptions> {
  switch (fault) {
    case 'wrong_origin': return { origin: `https://${EVIL}` };
    case 'wrong_rp_id': return { rpId: EVIL };
    case 'wrong_challenge': return { challenge: createHash('sha256').update(`wrong_challenge:${challenge}`).digest('base64url') };
    case 'wrong_type': return { type: ceremony === 'create' ? 'webauthn.get' : 'webauthn.create' };
    case 'no_uv': return { uv: false };
    case 'no_up': return { up: false };
    case 'cross_origin': return { crossOrigin: true, topOrigin: `https://${EVIL}` };
    default: return {};
  }
}

/** The authenticator's own refusals (NotAllowedError, InvalidStateError, ...) become a 400 that says what to do. */
function refused(err: unknown): SandboxError {
  if (err instanceof SandboxError) return err;
  const message = err instanceof Error ? err.message : String(err);
  // Only the authenticator's DOMException-style refusals; anything else is a sandbox bug (500).
  if (!/^(NotAllowedError|InvalidStateError|NotSupportedError|SecurityError|NotFoundError):/.test(message)) throw err;
  return new SandboxError('authenticator_refused', { reason: message });
}

/**
 * `origin` matched the spec's pattern, but a browser's origin is also a URL the WHATWG parser
 * accepts (e.g. not `https://a=[b`); refuse anything else as a 400 naming the field.
 */
function checkOrigin(origin: string): void {
  if (URL.canParse(origin)) return;
  throw new SandboxError('invalid_request_body', { reason: `body.origin ${JSON.stringify(origin)} is not a valid URL (the WHATWG URL parser refuses it), so no browser would send it; use an origin such as http://localhost:3000` });
}

/**
 * A browser refuses a ceremony whose RP ID is neither the origin's host nor a registrable
 * suffix of it (WebAuthn §5.1.3 step 8, §5.1.4.1 step 7); so does the HTTP authenticator, unless
 * a `fault` asks for a deliberately broken response.
 */
function checkRpId(rpId: string | undefined, origin: string, fault: AuthenticatorFault | undefined): void {
  if (fault || rpId === undefined) return;
  const host = new URL(origin).hostname;
  if (host === rpId || (host.endsWith(`.${rpId}`) && !/^[\d.]+$/.test(host))) return;
  throw new SandboxError('authenticator_refused', { reason: `SecurityError: RP ID ${rpId} is not the host of origin ${origin} nor a parent domain of it; use an origin on ${rpId}` });
}

/** POST /__sandbox/authenticators/{id}/create: navigator.credentials.create() over HTTP. */
export function authenticatorCreate(
  registry: AuthenticatorRegistry, id: string,
  input: { publicKey: PublicKeyCredentialCreationOptionsJSON; origin: string; fault?: AuthenticatorFault },
): RegistrationResponseJSON {
  const authenticator = registry.get(id);
  if (input.fault === 'bad_signature' || input.fault === 'counter_rollback') {
    throw new SandboxError('invalid_request_body', { reason: `body.fault ${input.fault} applies to /get only (a "none" attestation carries no signature, and a new credential has no counter to roll back)` });
  }
  checkOrigin(input.origin);
  checkRpId(input.publicKey.rp.id, input.origin, input.fault);
  try {
    return authenticator.createCredential(input.publicKey, { origin: input.origin, ...faultOptions(input.fault, input.publicKey.challenge, 'create') });
  } catch (err) {
    throw refused(err);
  }
}

/** POST /__sandbox/authenticators/{id}/get: navigator.credentials.get() over HTTP. */
export function authenticatorGet(
  registry: AuthenticatorRegistry, id: string,
  input: { publicKey: PublicKeyCredentialRequestOptionsJSON; origin: string; credential_id?: string; fault?: AuthenticatorFault },
): AuthenticationResponseJSON {
  const authenticator = registry.get(id);
  checkOrigin(input.origin);
  checkRpId(input.publicKey.rpId, input.origin, input.fault);
  const opts: GetOptions = { origin: input.origin, credentialId: input.credential_id, ...faultOptions(input.fault, input.publicKey.challenge, 'get') };
  try {
    if (input.fault === 'counter_rollback') rollBack(authenticator, input.publicKey, opts);
    const response = authenticator.getAssertion(input.publicKey, opts);
    if (input.fault === 'bad_signature') {
      const sig = Buffer.from(response.response.signature, 'base64url');
      sig[sig.length - 1] ^= 0xff;
      return { ...response, response: { ...response.response, signature: sig.toString('base64url') } };
    }
    return response;
  } catch (err) {
    throw refused(err);
  }
}

/**
 * A cloned authenticator repeats a counter value already seen (WebAuthn §6.1.1): step the
 * credential's counter back by one so this assertion carries the last counter again.
 */
function rollBack(authenticator: VirtualAuthenticator, publicKey: PublicKeyCredentialRequestOptionsJSON, opts: GetOptions): void {
  const rpId = publicKey.rpId ?? new URL(opts.origin).hostname;
  const held = authenticator.credentials().filter((c) => c.rpId === rpId);
  const allowed = new Set((publicKey.allowCredentials ?? []).map((d) => d.id));
  const credential = opts.credentialId ? held.find((c) => c.id === opts.credentialId)
    : allowed.size > 0 ? held.find((c) => allowed.has(c.id)) : held.at(-1);
  if (!credential) return; // getAssertion then refuses with NotAllowedError
  if (credential.signCount === 0) {
    throw new SandboxError('authenticator_refused', { reason: `counter_rollback needs a credential that has signed before (credential ${credential.id} has counter 0, which a relying party treats as "no counter"); sign in once first` });
  }
  authenticator.setSignCount(credential.id, credential.signCount - 1);
}
