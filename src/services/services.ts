import type { Config } from '../config.js';
import type { Clock } from '../lib/clock.js';
import type { SeededRandom } from '../lib/random.js';
import type { AuthenticatorRegistry } from '../sandbox/authenticator-registry.js';
import type { Store } from '../store/store.js';
import type { AttemptLimiter } from './attempt-limiter.js';
import type { Outbox } from './outbox/outbox.js';
import type { TokenService } from './token-service.js';

/** What every service needs; built once per app by buildApp and handed to handlers. */
export interface Services {
  config: Config;
  store: Store;
  clock: Clock;
  random: SeededRandom;
  tokens: TokenService;
  /** Token issuer, also the `issuer` of SSOJet user objects. */
  issuer: string;
  /** Virtual authenticators held for the control API. */
  authenticators: AuthenticatorRegistry;
  /** Brute-force limits on failed sign-ins (passkeys, emailed and texted codes, magic links). */
  limiter: AttemptLimiter;
  /** The emails and SMS the sandbox "sent" (magic links, codes, MFA out-of-band codes). */
  outbox: Outbox;
}
