import { Faker, base, en } from '@faker-js/faker';
import { SandboxError } from '../errors.js';
import { createClient } from '../services/clients.js';
import type { Services } from '../services/services.js';
import { createUser } from '../services/users.js';
import type { SandboxState } from '../store/types.js';
import { loadScenario } from './scenario.js';

/**
 * Owns the whole-state operations: reset to a scenario, export, restore. The same scenario,
 * seed and pinned clock always produce the same state, because every id, challenge and
 * generated user comes from the seeded sources and every timestamp from the clock.
 */
export class SandboxRuntime {
  scenario: string;
  seed: number;

  constructor(private readonly svc: Services) {
    this.scenario = svc.config.scenario;
    this.seed = svc.config.seed;
  }

  async reset(options: { scenario?: string; seed?: number } = {}) {
    const scenarioName = options.scenario ?? this.scenario;
    const seed = options.seed ?? this.seed;
    const scenario = loadScenario(scenarioName);
    const { svc } = this;
    await svc.store.importData({ clients: [], users: [], credentials: [], ceremonies: [], refresh_tokens: [] });
    svc.random.reset(seed, 0);
    const faker = new Faker({ locale: [en, base] });
    faker.seed(seed);
    for (const spec of scenario.clients) {
      const { users = [], generated_users = 0, ...clientInput } = spec;
      const client = await createClient(svc, clientInput);
      for (const u of users) await createUser(svc, client, u.email, u.user_id);
      for (let i = 0; i < generated_users; i++) {
        let email: string;
        do {
          email = faker.internet.email({ firstName: faker.person.firstName(), lastName: faker.person.lastName(), provider: 'example.com' }).toLowerCase();
        } while (await svc.store.findUserByIdentifier(client.client_id, email));
        await createUser(svc, client, email);
      }
    }
    this.scenario = scenarioName;
    this.seed = seed;
    return this.summary();
  }

  async summary() {
    return { scenario: this.scenario, seed: this.seed, ...(await this.svc.store.counts()) };
  }

  async exportState(): Promise<SandboxState> {
    const data = await this.svc.store.exportData();
    return {
      version: 1,
      scenario: this.scenario,
      seed: this.seed,
      clock: this.svc.clock.toJSON(),
      rng: { counter: this.svc.random.counter },
      ...data,
    };
  }

  /** Restores a document from exportState. Checked whole before anything changes, so a bad document changes nothing. */
  async importState(state: SandboxState) {
    const clients = new Set(state.clients.map((c) => c.client_id));
    const users = new Set(state.users.map((u) => `${u.client_id} ${u.user_id}`));
    const problems: string[] = [];
    for (const u of state.users) if (!clients.has(u.client_id)) problems.push(`users: user ${u.user_id} names unknown client ${u.client_id}`);
    for (const c of state.credentials) if (!users.has(`${c.client_id} ${c.user_id}`)) problems.push(`credentials: credential ${c.id} names unknown user ${c.user_id} of client ${c.client_id}`);
    for (const c of state.ceremonies) if (!clients.has(c.client_id)) problems.push(`ceremonies: auth_code ${c.auth_code} names unknown client ${c.client_id}`);
    if (state.clock.pinned && !state.clock.now) problems.push('clock: pinned is true but now is missing');
    if (problems.length > 0) throw new SandboxError('invalid_state', `The state document is inconsistent: ${problems.slice(0, 3).join('; ')}`);
    const { svc } = this;
    await svc.store.importData({ clients: state.clients, users: state.users, credentials: state.credentials, ceremonies: state.ceremonies, refresh_tokens: state.refresh_tokens });
    svc.random.reset(state.seed, state.rng.counter);
    if (state.clock.pinned) svc.clock.pin(state.clock.now!);
    else svc.clock.release();
    this.scenario = state.scenario;
    this.seed = state.seed;
    return this.summary();
  }
}
