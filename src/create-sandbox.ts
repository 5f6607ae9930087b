import type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { adoptListeningPort, buildApp, type BuildOptions, type Built } from './app.js';
import { resolveConfig, type Config } from './config.js';
import type { Clock } from './lib/clock.js';
import { authenticatorCreate, authenticatorGet, type AuthenticatorFault } from './sandbox/authenticator-ceremony.js';
import type { AuthenticatorInput } from './sandbox/authenticator-registry.js';
import type { Fault, FaultInput } from './sandbox/fault-injector.js';
import type { JournalEntry, JournalFilter } from './sandbox/journal.js';
import type { OutboxFilter, OutboxMessage } from './services/outbox/outbox.js';
import { totpNow } from './services/mfa/totp-now.js';
import type { SandboxState } from './store/types.js';

export interface SandboxOptions extends Partial<Config>, BuildOptions {}

/** An authenticator held by the sandbox: the in-process twin of /__sandbox/authenticators/{id}/*. */
export interface SandboxAuthenticator {
  id: string;
  create(publicKey: PublicKeyCredentialCreationOptionsJSON, origin: string, options?: { fault?: AuthenticatorFault }): RegistrationResponseJSON;
  get(publicKey: PublicKeyCredentialRequestOptionsJSON, origin: string, options?: { credential_id?: string; fault?: AuthenticatorFault }): AuthenticationResponseJSON;
  credentials(): Array<{ credential_id: string; rp_id: string; sign_count: number }>;
}

export type ResetSummary = { scenario: string; seed: number; clients: number; users: number; credentials: number };

/** The in-process sandbox; each member mirrors a control-API route. */
export interface Sandbox {
  /** Base URL, e.g. http://127.0.0.1:39123 */
  url: string;
  port: number;
  /** The default client id of the loaded scenario (the first client). */
  clientId: string;
  config: Config;
  /** POST /__sandbox/reset */
  reset(options?: { scenario?: string; seed?: number }): Promise<ResetSummary>;
  /** GET /__sandbox/state */
  state(): Promise<SandboxState>;
  /** PUT /__sandbox/state */
  restore(state: SandboxState): Promise<ResetSummary>;
  /** /__sandbox/clock: now(), pin(at), advance(ms), release(), pinned */
  clock: Clock;
  /** POST /__sandbox/authenticators */
  authenticator(options?: AuthenticatorInput): SandboxAuthenticator;
  /** GET /__sandbox/requests */
  requests(filter?: JournalFilter): JournalEntry[];
  /** POST /__sandbox/faults */
  fault(input: FaultInput): Fault;
  /** /__sandbox/outbox: list(filter) (oldest first), next(filter, {timeoutMs}) (null on timeout), clear() */
  outbox: {
    list(filter?: OutboxFilter): OutboxMessage[];
    next(filter?: OutboxFilter, options?: { timeoutMs?: number }): Promise<OutboxMessage | null>;
    clear(): number;
  };
  /** GET /__sandbox/mfa/totp: `totp(clientId, userId)` → the user's TOTP secret, current code and when it ends. */
  mfa: { totp(clientId: string, userId: string): Promise<{ secret: string; code: string; period_ends_at: string }> };
  /** The Fastify app and services, for `inject` and deeper inspection. */
  built: Built;
  /** Stops listening once in-flight requests are answered, then closes DATA_FILE if any. */
  close(): Promise<void>;
}

/**
 * Starts a sandbox in-process, listening on 127.0.0.1 (port 0 = a free one by default):
 * `const sb = await createSandbox({ seed: 42 }); sb.url; await sb.reset(); await sb.close();`
 */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const { store, logger, ...configOptions } = options;
  const config = resolveConfig({ port: 0, logLevel: 'silent', ...configOptions });
  const built = await buildApp(config, { store, logger });
  try {
    await built.app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await built.app.close(); // releases DATA_FILE
    throw err;
  }
  const address = built.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  adoptListeningPort(built, port);
  const [first] = await built.services.store.listClients();
  const { services: svc, runtime } = built;
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    port,
    clientId: first?.client_id ?? '',
    config,
    built,
    reset: (o) => runtime.reset(o),
    state: () => runtime.exportState(),
    restore: (state) => runtime.importState(structuredClone(state)),
    clock: svc.clock,
    mfa: { totp: (clientId, userId) => totpNow(svc, clientId, userId) },
    authenticator(input = {}) {
      const { id } = svc.authenticators.create(input);
      return {
        id,
        create: (publicKey, origin, o = {}) => authenticatorCreate(svc.authenticators, id, { publicKey, origin, ...o }),
        get: (publicKey, origin, o = {}) => authenticatorGet(svc.authenticators, id, { publicKey, origin, ...o }),
        credentials: () => svc.authenticators.get(id).credentials().map((c) => ({ credential_id: c.id, rp_id: c.rpId, sign_count: c.signCount })),
      };
    },
    requests: (filter) => runtime.journal.list(filter),
    fault: (input) => runtime.faults.add(input),
    outbox: {
      list: (filter) => svc.outbox.list(filter),
      next: (filter, o) => svc.outbox.next(filter, o),
      clear: () => svc.outbox.clear(),
    },
    close: () => built.app.close(),
  };
}
