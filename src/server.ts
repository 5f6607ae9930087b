import { adoptListeningPort, buildApp } from './app.js';
import type { Config } from './config.js';

/**
 * Runs the sandbox as a server: listen, print the banner, close gracefully on SIGTERM/SIGINT.
 */
export async function startServer(config: Config) {
  const built = await buildApp(config);
  const { app, services } = built;
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  adoptListeningPort(built, port);
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}`;
  // Passkeys need the page on the RP ID's host: localhost for the default client (not 127.0.0.1).
  const demoUrl = ['127.0.0.1', '::1', 'localhost'].includes(shownHost) ? `http://localhost:${port}` : url;
  const [client] = await services.store.listClients();
  const [user] = client ? await services.store.listUsers(client.client_id) : [];
  const lines = [
    '',
    `  ssojet-sandbox is running at ${url}`,
    `  client_id       ${client?.client_id ?? '(none)'}  (rp_id ${client?.rp_id ?? '-'}; origins ${client?.origins.join(' ') ?? '-'})`,
    `  seeded user     ${user ? `${user.email}  (user_id ${user.user_id})` : '(none)'}`,
    `  scenario/seed   ${config.scenario} / ${config.seed}   clock ${config.clock ? `pinned at ${config.clock}` : 'real time'}`,
    `  API docs        ${url}/docs   spec ${url}/openapi.yaml`,
    `  JWKS            ${url}/.well-known/jwks.json`,
    config.sandboxApi ? `  control API     ${url}/__sandbox/  (health, reset, clients, users, sessions, state, clock, authenticators, requests, faults)` : '  control API     off (SANDBOX_API=off)',
    ...(config.sandboxApi ? [`  demo page       ${demoUrl}/__sandbox/demo`] : []),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  return { ...built, url, port };
}
