import { SandboxError } from '../errors.js';
import { forgetPurgeSchedule } from '../services/ceremony.js';
import { createClient } from '../services/clients.js';
import type { Services } from '../services/services.js';
import { createUser, newUser } from '../services/users.js';
import { collectionNames, collections, emptyCollections, type CollectionsData } from '../store/collections.js';
import type { ResumePoint } from '../store/store.js';
import type { SandboxState, User } from '../store/types.js';
import { parseInstant } from '../lib/instant.js';
import { FaultInjector } from './fault-injector.js';
import { Journal } from './journal.js';
import { generatedPasskeyFactory } from './generated-passkeys.js';
import { loadScenario, type Scenario } from './scenario.js';
import { seededFaker, type Faker } from './seeded-faker.js';

const UNRECORDED_RNG_COUNTER = 1_000_000_000;

/**
 * Owns the whole-state operations: reset to a scenario, export, restore. The same scenario,
 * seed and pinned clock always produce the same state, because every id, challenge and
 * generated user comes from the seeded sources and every timestamp from the clock.
 */
export class SandboxRuntime {
  scenario: string;
  seed: number;
  readonly journal: Journal;
  readonly faults: FaultInjector;

  /** `operations`: the emulated API's operationIds, the ones faults may target. */
  constructor(private readonly svc: Services, operations: string[]) {
    this.scenario = svc.config.scenario;
    this.seed = svc.config.seed;
    this.journal = new Journal(svc.clock);
    this.faults = new FaultInjector(operations);
  }

  async reset(options: { scenario?: string; seed?: number } = {}) {
    // Defaults are the configured ones (what the sandbox started with), not the last loaded.
    const scenarioName = options.scenario ?? this.svc.config.scenario;
    return this.load(scenarioName, loadScenario(scenarioName), options.seed ?? this.svc.config.seed);
  }

  /** Replaces everything with `scenario` (named `scenarioName`) seeded with `seed`: what reset does once the file is read. */
  async load(scenarioName: string, scenario: Scenario, seed: number) {
    // A scenario that would fail half-way is refused before anything changes.
    const problem = scenarioProblem(scenario);
    if (problem) throw new SandboxError('user_already_exists', { reason: `Scenario ${scenarioName}: ${problem}` });
    const { svc } = this;
    // Position first: a durable store records it with each write (see Store.trackRuntime).
    this.scenario = scenarioName;
    this.seed = seed;
    svc.random.reset(seed, 0);
    await svc.store.importData({ clients: [], users: [], credentials: [], ceremonies: [], refresh_tokens: [], ...emptyCollections() });
    svc.authenticators.clear();
    this.journal.clear();
    this.faults.clear();
    svc.limiter.clear();
    forgetPurgeSchedule(svc.store);
    // The configured clock, as at start: pinned at CLOCK, or real time.
    if (svc.config.clock) svc.clock.pin(svc.config.clock);
    else svc.clock.release();
    // One Faker per reset, seeded once (as before), but imported only when a scenario asks for
    // generated users (see seededFaker: English only, the whole package costs ~0.4 s to import).
    let faker: Faker | undefined;
    for (const spec of scenario.clients) {
      const { users = [], generated_users = 0, bulk_users = 0, generated_passkeys = false, ...clientInput } = spec;
      const client = await createClient(svc, clientInput);
      for (const u of users) await createUser(svc, client, u.email, { user_id: u.user_id, first_name: u.first_name, last_name: u.last_name, connection_type: 'Seeded' });
      // Generated and bulk users (up to 100 000, issue #5) are made here and handed to the store
      // in one `seed` call: no per-user lookup, copy or await. Faker draws again when an email
      // is a named user's or already drawn. They share one creation instant.
      const now = svc.clock.now().toISOString();
      const taken = new Set(users.map((u) => u.email.toLowerCase()));
      const generated: User[] = [];
      const add = (email: string, names?: { first_name: string; last_name: string }) =>
        generated.push(newUser(svc, client.client_id, email, now, { connection_type: 'Seeded', ...names }));
      if (generated_users > 0) {
        faker ??= await seededFaker(seed);
        for (let i = 0; i < generated_users; i++) {
          let email: string;
          let names: { first_name: string; last_name: string };
          do {
            names = { first_name: faker.person.firstName(), last_name: faker.person.lastName() };
            email = faker.internet.email({ firstName: names.first_name, lastName: names.last_name, provider: 'example.com' }).toLowerCase();
          } while (taken.has(email));
          taken.add(email);
          add(email, names);
        }
      }
      // Bulk emails are distinct by construction, never at Faker's provider (example.com), and
      // none is a named user's (scenarioProblem).
      for (let i = 1; i <= bulk_users; i++) add(bulkEmail(i));
      const passkeyOf = generated_passkeys ? generatedPasskeyFactory(seed, client.client_id, now) : undefined;
      await svc.store.seed({ users: generated, credentials: passkeyOf ? generated.map(passkeyOf) : [] });
    }
    return this.summary();
  }

  /**
   * Start-up on a durable store that already holds data (DATA_FILE): keep the data as is and
   * continue where the last write left the scenario, seed and RNG, so new ids and challenges
   * never repeat old ones. The clock is the configured one; journal, faults and the control
   * API's authenticators start empty (they are not part of the store).
   */
  resume(point: Partial<ResumePoint>) {
    this.scenario = point.scenario ?? this.svc.config.scenario;
    this.seed = point.seed ?? this.svc.config.seed;
    // No record (data written outside a sandbox): a position far from anything a session used.
    this.svc.random.reset(this.seed, point.rng_counter ?? UNRECORDED_RNG_COUNTER);
  }

  async summary() {
    return { scenario: this.scenario, seed: this.seed, ...(await this.svc.store.counts()) };
  }

  async exportState(): Promise<SandboxState> {
    const { clients, users, credentials, ceremonies, refresh_tokens, ...records } = await this.svc.store.exportData();
    return {
      version: 1,
      scenario: this.scenario,
      seed: this.seed,
      clock: this.svc.clock.toJSON(),
      rng: { counter: this.svc.random.counter },
      clients, users, credentials, ceremonies, refresh_tokens,
      authenticators: this.svc.authenticators.exportAll(),
      // The record collections last, in the order src/store/collections.ts lists them.
      ...collectionsOf(records),
    };
  }

  /** Restores a document from exportState. Checked whole before anything changes, so a bad document changes nothing. */
  async importState(state: SandboxState) {
    const problems = consistencyProblems(state);
    if (problems.length > 0) {
      throw new SandboxError('invalid_state_document', { problems: `${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}` });
    }
    const { svc } = this;
    svc.random.reset(state.seed, state.rng.counter);
    this.scenario = state.scenario;
    this.seed = state.seed;
    await svc.store.importData({
      clients: state.clients, users: state.users, credentials: state.credentials, ceremonies: state.ceremonies, refresh_tokens: state.refresh_tokens,
      ...collectionsOf(state),
    });
    svc.authenticators.importAll(state.authenticators);
    forgetPurgeSchedule(svc.store);
    if (state.clock.pinned) svc.clock.pin(state.clock.now!);
    else svc.clock.release();
    return this.summary();
  }
}

/** A document's collections; one an older sandbox did not know is empty. */
const collectionsOf = (state: Partial<CollectionsData>): CollectionsData =>
  Object.fromEntries(collectionNames.map((name) => [name, state[name] ?? []])) as unknown as CollectionsData;

const bulkEmail = (i: number) => `user${i}@load.example.com`;

/**
 * What would make loading `scenario` fail half-way, as createUser refuses it: an email named
 * twice in a client, or a named email its bulk_users also makes.
 */
function scenarioProblem(scenario: Scenario): string | undefined {
  for (const [index, spec] of scenario.clients.entries()) {
    const client = spec.client_id ?? spec.name ?? `#${index + 1}`;
    const named = new Set<string>();
    for (const { email } of spec.users ?? []) {
      const lower = email.toLowerCase();
      if (named.has(lower)) return `client ${client} names two users with email ${email}; remove one of them`;
      named.add(lower);
      const bulk = /^user([1-9][0-9]*)@load\.example\.com$/.exec(lower);
      if (bulk && Number(bulk[1]) <= (spec.bulk_users ?? 0)) {
        return `client ${client} names a user with email ${email}, which its bulk_users also makes (${bulkEmail(Number(bulk[1]))}); remove one of them`;
      }
    }
  }
  return undefined;
}

/** Every reference must resolve and every key be unique, or the store's indexes would cross-wire. */
function consistencyProblems(state: SandboxState): string[] {
  const problems: string[] = [];
  const seen = (set: Set<string>, key: string, what: string) => {
    if (set.has(key)) problems.push(what);
    set.add(key);
  };
  const clients = new Set<string>();
  for (const c of state.clients) seen(clients, c.client_id, `clients: client_id ${c.client_id} appears twice`);
  const users = new Set<string>();
  const identifiers = new Set<string>();
  for (const u of state.users) {
    if (!clients.has(u.client_id)) problems.push(`users: user ${u.user_id} names unknown client ${u.client_id}`);
    seen(users, `${u.client_id} ${u.user_id}`, `users: user_id ${u.user_id} appears twice in client ${u.client_id}`);
    seen(identifiers, `${u.client_id} ${u.identifier.toLowerCase()}`, `users: identifier ${u.identifier} belongs to two users of client ${u.client_id}`);
  }
  const credentials = new Set<string>();
  for (const c of state.credentials) {
    if (!users.has(`${c.client_id} ${c.user_id}`)) problems.push(`credentials: credential ${c.id} names unknown user ${c.user_id} of client ${c.client_id}`);
    seen(credentials, `${c.client_id} ${c.id}`, `credentials: credential id ${c.id} appears twice in client ${c.client_id}`);
  }
  const authCodes = new Set<string>();
  for (const c of state.ceremonies) {
    if (!clients.has(c.client_id)) problems.push(`ceremonies: auth_code ${c.auth_code} names unknown client ${c.client_id}`);
    seen(authCodes, c.auth_code, `ceremonies: auth_code ${c.auth_code} appears twice`);
  }
  for (const r of state.refresh_tokens) {
    if (!users.has(`${r.client_id} ${r.user_id}`)) problems.push(`refresh_tokens: a token names unknown user ${r.user_id} of client ${r.client_id}`);
  }
  for (const name of collectionNames) {
    const keys = new Set<string>();
    for (const record of state[name] ?? []) {
      const key = (collections[name].key as (r: unknown) => string)(record);
      if (!clients.has(record.client_id)) problems.push(`${name}: record ${key} names unknown client ${record.client_id}`);
      seen(keys, `${record.client_id} ${key}`, `${name}: key ${key} appears twice in client ${record.client_id}`);
    }
  }
  const authenticators = new Set<string>();
  for (const a of state.authenticators) seen(authenticators, a.authenticator_id, `authenticators: ${a.authenticator_id} appears twice`);
  if (state.clock.pinned && !state.clock.now) problems.push('clock: pinned is true but now is missing');
  if (state.clock.now && parseInstant(state.clock.now) === null) problems.push(`clock: now ${state.clock.now} is not an instant the sandbox can pin`);
  if (!state.clock.pinned && state.clock.now) problems.push('clock: now is given but pinned is false (a real-time clock has no fixed now)');
  return problems;
}
