import type { Bytes } from './types.js';

/** The members of CollectedClientData that this simulated client produces. */
export interface ClientDataFields {
  /** 'webauthn.create' or 'webauthn.get' unless a test overrides it. */
  type: string;
  /** The base64url challenge, copied verbatim from the options. */
  challenge: string;
  origin: string;
  /** Omitted from the JSON when undefined. */
  crossOrigin?: boolean;
  /** Omitted from the JSON when undefined. */
  topOrigin?: string;
}

/**
 * Serialize CollectedClientData to the UTF-8 bytes of clientDataJSON.
 *
 * Member order matters: WebAuthn §5.8.1.1 defines the serialization as
 * `type`, `challenge`, `origin`, `crossOrigin`, then `topOrigin`, so that
 * relying parties may use the "limited verification algorithm" (§5.8.1.2),
 * which matches a byte prefix instead of parsing JSON. `JSON.stringify`
 * preserves insertion order, so the object is built in exactly that order.
 * The challenge is copied verbatim: it already is the base64url form the
 * browser would produce from the decoded bytes.
 */
export function clientDataJSON(fields: ClientDataFields): Bytes {
  const data: Record<string, string | boolean> = {
    type: fields.type,
    challenge: fields.challenge,
    origin: fields.origin,
  };
  if (fields.crossOrigin !== undefined) data.crossOrigin = fields.crossOrigin;
  if (fields.topOrigin !== undefined) data.topOrigin = fields.topOrigin;
  return new Uint8Array(Buffer.from(JSON.stringify(data), 'utf8'));
}

/**
 * The RP ID a ceremony is scoped to: the one in the options, or else the
 * origin's effective domain, which is what the client uses when the relying
 * party omits it (WebAuthn §5.1.3, §5.1.4.1). Using the hostname
 * is a simplification of "effective domain" that is exact for the http(s)
 * origins relying parties actually use.
 */
export function effectiveRpId(rpId: string | undefined, origin: string): string {
  return rpId ?? new URL(origin).hostname;
}
