import { adoptListeningPort, buildApp, type BuildOptions, type Built } from './app.js';
import { resolveConfig, type Config } from './config.js';
import type { SandboxState } from './store/types.js';

export interface SandboxOptions extends Partial<Config>, BuildOptions {}

export interface Sandbox {
  /** Base URL, e.g. http://127.0.0.1:39123 */
  url: string;
  port: number;
  /** The default client id of the loaded scenario (the first client). */
  clientId: string;
  config: Config;
  /** The Fastify app and services, for `inject` and deeper inspection. */
  built: Built;
  reset(options?: { scenario?: string; seed?: number }): Promise<{ scenario: string; seed: number; clients: number; users: number; credentials: number }>;
  state(): Promise<SandboxState>;
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
  await built.app.listen({ port: config.port, host: config.host });
  const address = built.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  adoptListeningPort(built, port);
  const [first] = await built.services.store.listClients();
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    port,
    clientId: first?.client_id ?? '',
    config,
    built,
    reset: (o) => built.runtime.reset(o),
    state: () => built.runtime.exportState(),
    close: () => built.app.close(),
  };
}
