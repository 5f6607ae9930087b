import { adoptListeningPort, buildApp } from './app.js';
import type { Config } from './config.js';

/** How long a shutdown waits for in-flight requests before cutting their connections. */
export const SHUTDOWN_GRACE_MS = 10_000;

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
  // One user, not the list: with 100 000 seeded users the copy delayed the first request.
  const [user] = client ? await services.store.listUsers(client.client_id, 1) : [];
  const counts = config.dataFile ? await services.store.counts() : null;
  const lines = [
    '',
    `  ssojet-sandbox is running at ${url}`,
    `  client_id       ${client?.client_id ?? '(none)'}  (rp_id ${client?.rp_id ?? '-'}; origins ${client?.origins.join(' ') ?? '-'})`,
    `  seeded user     ${user ? `${user.email}  (user_id ${user.user_id})` : '(none)'}`,
    `  scenario/seed   ${built.runtime.scenario} / ${built.runtime.seed}   clock ${config.clock ? `pinned at ${config.clock}` : 'real time'}`,
    `  data            ${config.dataFile ? `${config.dataFile}  (${counts!.users} users, ${counts!.credentials} passkeys kept across restarts)` : 'in memory (DATA_FILE keeps it across restarts)'}`,
    `  API docs        ${url}/docs   spec ${url}/openapi.yaml`,
    `  JWKS            ${url}/.well-known/jwks.json`,
    config.sandboxApi ? `  control API     ${url}/__sandbox/  (health, reset, clients, users, sessions, state, clock, authenticators, requests, faults, outbox)` : '  control API     off (SANDBOX_API=off): magic links and codes sent are logged here',
    ...(config.sandboxApi ? [`  demo page       ${demoUrl}/__sandbox/demo`, `  outbox          ${demoUrl}/__sandbox/outbox/view`] : []),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Stop accepting, let in-flight requests finish for up to SHUTDOWN_GRACE_MS, then cut
    // the connections still open; the store closes once the server has (app onClose).
    const started = Date.now();
    let cut = false;
    const grace = setTimeout(() => { cut = true; app.server.closeAllConnections(); }, SHUTDOWN_GRACE_MS);
    grace.unref();
    const hard = setTimeout(() => {
      process.stderr.write(`ssojet-sandbox: ${signal}: could not close within ${(SHUTDOWN_GRACE_MS + 5000) / 1000} s; exiting anyway\n`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS + 5000);
    hard.unref();
    try {
      await app.close();
    } catch (err) {
      process.stderr.write(`ssojet-sandbox: ${signal}: error while closing: ${(err as Error).message}\n`);
      process.exit(1);
    }
    const what = cut ? `requests still running after ${SHUTDOWN_GRACE_MS / 1000} s were cut` : 'in-flight requests answered';
    process.stdout.write(`ssojet-sandbox stopped on ${signal} in ${Date.now() - started} ms: ${what}${config.dataFile ? `, ${config.dataFile} closed` : ''}\n`);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  return { ...built, url, port };
}
