// The baseline: a bare Fastify server returning a constant JSON (no logger, no validation).
// Plain JS so that its start-up is not charged for a TypeScript loader. Run by bench/run.ts.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
