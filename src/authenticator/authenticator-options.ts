import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { parseAaguid } from './authenticator-data.js';
import type { Bytes, ResolvedAuthenticatorOptions, VirtualAuthenticatorOptions } from './types.js';

/**
 * Defaults model a typical platform passkey that has not been synced: user
 * present and verified (what `userVerification: 'preferred'` gets from a
 * phone or laptop), not backup eligible, no AAGUID disclosed, and a counter
 * starting at 0 (many platform authenticators never increment it, but ours
 * does so counter checks can be exercised).
 */
export const DEFAULT_OPTIONS: Readonly<ResolvedAuthenticatorOptions> = Object.freeze({
  alg: -7,
  uv: true,
  up: true,
  backupEligible: false,
  backupState: false,
  aaguid: '00000000-0000-0000-0000-000000000000',
  signCount: 0,
  transports: ['internal'],
});

/** Options split into the serializable part and the runtime-only parts. */
export interface AuthenticatorSettings {
  /** Frozen; this is what `toJSON` snapshots. */
  options: ResolvedAuthenticatorOptions;
  /** Not serializable, so a restored authenticator falls back to node:crypto. */
  randomBytes: (n: number) => Uint8Array;
  /** The parsed AAGUID, validated here so that bad input fails at construction. */
  aaguid: Bytes;
}

/**
 * Apply defaults to user options. Explicit `undefined` values are dropped
 * first: with object spread they would otherwise shadow the defaults, and
 * callers building options from optional inputs commonly pass them. The
 * transports array is copied so later mutation by the caller has no effect.
 */
export function resolveOptions(input: VirtualAuthenticatorOptions = {}): AuthenticatorSettings {
  const { randomBytes = nodeRandomBytes, ...rest } = input;
  const given = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  const merged: ResolvedAuthenticatorOptions = { ...DEFAULT_OPTIONS, ...given };
  const options = Object.freeze({ ...merged, transports: [...merged.transports] });
  return { options, randomBytes, aaguid: parseAaguid(options.aaguid) };
}
