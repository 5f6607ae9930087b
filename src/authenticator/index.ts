/**
 * Virtual WebAuthn authenticator (software passkey): produces real, verifiable
 * registration and authentication responses from relying-party options.
 */
export { VirtualAuthenticator } from './virtual-authenticator.js';
export type {
  CoseAlgorithm,
  CreateOptions,
  GetOptions,
  ResolvedAuthenticatorOptions,
  StoredCredential,
  VirtualAuthenticatorOptions,
  VirtualAuthenticatorState,
} from './types.js';
