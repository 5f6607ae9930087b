/**
 * @simplewebauthn/server, imported on the first ceremony that verifies rather than at start-up:
 * its import (with its helpers) is the largest single cost of starting the sandbox (~0.25 s of
 * ~0.75 s measured idle; issue #5). The first Finish / Complete call pays it once.
 */
let lib: Promise<typeof import('@simplewebauthn/server')> | undefined;
export function webauthn(): Promise<typeof import('@simplewebauthn/server')> {
  return (lib ??= import('@simplewebauthn/server'));
}
