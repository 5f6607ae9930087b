import { webauthnCrypto } from './webauthn-crypto.js';

const fast = webauthnCrypto();
/** What the WebCrypto @simplewebauthn/server verifies with has done (src/services/webauthn-crypto.ts). */
export const webauthnCryptoStats = fast.stats;

/**
 * @simplewebauthn/server, imported on the first ceremony that verifies rather than at start-up:
 * its import (with its helpers) is the largest single cost of starting the sandbox (~0.25 s of
 * ~0.75 s measured idle; issue #5). The first Finish / Complete call pays it once.
 */
type Library = { server: typeof import('@simplewebauthn/server'); helpers: typeof import('@simplewebauthn/server/helpers') };
let lib: Promise<Library> | undefined;
export async function webauthn(): Promise<typeof import('@simplewebauthn/server')> {
  return (await (lib ??= load())).server;
}

/** The library's helpers (CBOR, authenticator data), loaded with it. */
export async function webauthnHelpers(): Promise<typeof import('@simplewebauthn/server/helpers')> {
  return (await (lib ??= load())).helpers;
}

async function load(): Promise<Library> {
  const [server, helpers] = await Promise.all([import('@simplewebauthn/server'), import('@simplewebauthn/server/helpers')]);
  await adopt(helpers.isoCrypto);
  return { server, helpers };
}

/**
 * The library takes `globalThis.crypto` the first time it needs WebCrypto and keeps it. That
 * first time is made here, synchronously, with the sandbox's WebCrypto in place, which is put
 * back before anything else can run: the rest of the process keeps Node's own. Had the library
 * already taken Node's (another caller in the same process went first), it keeps it: the
 * verification is the same, only slower (test/flows/webauthn-crypto.test.ts checks it took).
 */
async function adopt(isoCrypto: { digest(data: Uint8Array, algorithm: number): Promise<Uint8Array> }): Promise<void> {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  if (!own?.configurable) return;
  Object.defineProperty(globalThis, 'crypto', { value: fast.crypto, configurable: true, enumerable: own.enumerable, writable: true });
  let probe: Promise<Uint8Array>;
  try {
    probe = isoCrypto.digest(new Uint8Array(0), -7); // ES256 → SHA-256; reads globalThis.crypto before its first await
  } finally {
    Object.defineProperty(globalThis, 'crypto', own);
  }
  await probe;
}
